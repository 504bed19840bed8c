import { plural } from '../wording';
import type { Progress } from './types';

/** What a section's status needs to know about it (the sidebar carries this in data attributes). */
export interface LessonRef {
  id: string;
  /** The lesson's quiz as built: its version hash and number of questions. */
  quiz?: { hash: string; questions: number };
  /**
   * The ids of the lesson's exercises; absent or empty without any. Ids rather than a count, so a
   * saved pass for an exercise that was since renamed or removed does not count for the lesson.
   */
  exerciseIds?: readonly string[];
}

/** A lesson whose progress is tracked, as the home, progress and review pages know it (embedded in them as JSON). */
export interface TrackedLesson extends LessonRef {
  section: string;
  title: string;
  /** With the site's base path. */
  href: string;
  chapter: number;
  /** The quiz's question ids in order; empty without a quiz. */
  questionIds: string[];
  /** The lesson's exercise ids in page order; empty without exercises. */
  exerciseIds: string[];
}

/** Where a learner stands on one section. */
export interface LessonStanding {
  read: boolean;
  /** The quiz (if the lesson has one) has been checked at least once on its current version. */
  taken: boolean;
  /** The best score on the current version of the quiz, once taken. */
  best?: number;
  /** The number of questions in the quiz, if the lesson has one. */
  total?: number;
  /** How many of the lesson's exercises have passed, if it has any. */
  exercisesPassed?: number;
  /** How many exercises the lesson has, if any. */
  exercisesTotal?: number;
  /** Read, its quiz (if any) taken, and every exercise (if any) passed. */
  complete: boolean;
  /** The last time anything happened on this section, in milliseconds. */
  lastActivity?: number;
}

/** A learner's standing on one section, from saved progress. */
export function lessonStanding(progress: Progress, lesson: LessonRef): LessonStanding {
  const saved = progress.lessons[lesson.id];
  const read = saved?.read?.done ?? false;
  // A quiz saved for an earlier version of its questions does not count for this one.
  const quiz = saved?.quiz && lesson.quiz && saved.quiz.hash === lesson.quiz.hash && saved.quiz.taken ? saved.quiz : undefined;
  const exerciseIds = lesson.exerciseIds ?? [];
  const exercisesPassed = exerciseIds.filter((id) => saved?.exercises?.[id]?.passed).length;
  const exercisesAt = Object.values(saved?.exercises ?? {}).map((exercise) => exercise.at);
  const times = [saved?.read?.at, saved?.quiz?.at, ...exercisesAt].filter((at): at is string => at !== undefined).map(Date.parse);
  const taken = !lesson.quiz || quiz !== undefined;
  return {
    read,
    taken,
    ...(quiz && { best: Math.min(quiz.best, lesson.quiz!.questions) }),
    ...(lesson.quiz && { total: lesson.quiz.questions }),
    ...(exerciseIds.length && { exercisesPassed, exercisesTotal: exerciseIds.length }),
    complete: read && taken && exercisesPassed === exerciseIds.length,
    ...(times.length && { lastActivity: Math.max(...times) }),
  };
}

/** How many of some lessons are complete. */
export function completion(progress: Progress, lessons: readonly LessonRef[]): { complete: number; total: number } {
  return { complete: lessons.filter((lesson) => lessonStanding(progress, lesson).complete).length, total: lessons.length };
}

/** How many of some lessons' exercises have passed, for "Exercises passed: 3 of 15". */
export function exerciseCompletion(progress: Progress, lessons: readonly LessonRef[]): { passed: number; total: number } {
  const standings = lessons.map((lesson) => lessonStanding(progress, lesson));
  return { passed: standings.reduce((sum, standing) => sum + (standing.exercisesPassed ?? 0), 0), total: standings.reduce((sum, standing) => sum + (standing.exercisesTotal ?? 0), 0) };
}

/** A section's steps towards complete (reading it, taking its quiz, passing each exercise), for its bar. */
export function lessonSteps(standing: LessonStanding): { done: number; total: number } {
  const quiz = standing.total !== undefined ? 1 : 0;
  return {
    done: (standing.read ? 1 : 0) + (quiz && standing.taken ? 1 : 0) + (standing.exercisesPassed ?? 0),
    total: 1 + quiz + (standing.exercisesTotal ?? 0),
  };
}

/** What to do next, for "Continue where you left off". */
export type NextStep =
  | { kind: 'start'; lesson: TrackedLesson }
  | { kind: 'continue'; lesson: TrackedLesson }
  | { kind: 'next'; lesson: TrackedLesson }
  | { kind: 'finished' };

/**
 * The section touched last, if it is not complete; otherwise the first incomplete section after it
 * in reading order (wrapping round to the start); otherwise the course is finished.
 */
export function nextStep(progress: Progress, lessons: readonly TrackedLesson[]): NextStep {
  const statuses = lessons.map((lesson) => lessonStanding(progress, lesson));
  const active = statuses.map((status, index) => ({ status, index })).filter(({ status }) => status.lastActivity !== undefined);
  if (active.length === 0) return lessons[0] ? { kind: 'start', lesson: lessons[0] } : { kind: 'finished' };
  const last = active.reduce((a, b) => (b.status.lastActivity! > a.status.lastActivity! ? b : a));
  if (!last.status.complete) return { kind: 'continue', lesson: lessons[last.index]! };
  for (let step = 1; step < lessons.length; step++) {
    const index = (last.index + step) % lessons.length;
    if (!statuses[index]!.complete) return { kind: 'next', lesson: lessons[index]! };
  }
  return { kind: 'finished' };
}

/** Every question and exercise id of the course, lesson by lesson, for the review queue (which keeps only these). */
export const courseReviewOrder = (lessons: readonly TrackedLesson[]) => lessons.flatMap((lesson) => [...lesson.questionIds, ...lesson.exerciseIds]);

/** Review items counted by kind, as "2 questions and 1 exercise" (an id is an exercise's if a lesson lists it as one). */
export function reviewItemsLabel(ids: readonly string[], lessons: readonly TrackedLesson[]): string {
  const exerciseIds = new Set(lessons.flatMap((lesson) => lesson.exerciseIds));
  const exercises = ids.filter((id) => exerciseIds.has(id)).length;
  const questions = ids.length - exercises;
  return [...(questions || !exercises ? [plural(questions, 'question')] : []), ...(exercises ? [plural(exercises, 'exercise')] : [])].join(' and ');
}
