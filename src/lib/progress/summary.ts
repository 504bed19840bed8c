import type { Progress } from './types';

/** What a section's status needs to know about it (the sidebar carries this in data attributes). */
export interface LessonRef {
  id: string;
  /** The lesson's quiz as built: its version hash and number of questions. */
  quiz?: { hash: string; questions: number };
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
}

/** Where a learner stands on one section. */
export interface LessonStanding {
  read: boolean;
  /** The best score on the current version of the quiz, if it has been checked. */
  best?: number;
  /** The number of questions in the quiz, if the lesson has one. */
  total?: number;
  /** Read, and its quiz (if it has one) checked at least once. */
  complete: boolean;
  /** The last time anything happened on this section, in milliseconds. */
  lastActivity?: number;
}

/** A learner's standing on one section, from saved progress. */
export function lessonStanding(progress: Progress, lesson: LessonRef): LessonStanding {
  const saved = progress.lessons[lesson.id];
  const read = saved?.read?.done ?? false;
  // A quiz saved for an earlier version of its questions does not count for this one.
  const quiz = saved?.quiz && lesson.quiz && saved.quiz.hash === lesson.quiz.hash && saved.quiz.checked ? saved.quiz : undefined;
  const times = [saved?.read?.at, saved?.quiz?.at].filter((at): at is string => at !== undefined).map(Date.parse);
  return {
    read,
    ...(quiz && { best: Math.min(quiz.best, lesson.quiz!.questions) }),
    ...(lesson.quiz && { total: lesson.quiz.questions }),
    complete: read && (!lesson.quiz || quiz !== undefined),
    ...(times.length && { lastActivity: Math.max(...times) }),
  };
}

/** How many of some lessons are complete. */
export function completion(progress: Progress, lessons: readonly LessonRef[]): { complete: number; total: number } {
  return { complete: lessons.filter((lesson) => lessonStanding(progress, lesson).complete).length, total: lessons.length };
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

/** Every question id of the course in reading order, for the review queue. */
export const courseQuestionOrder = (lessons: readonly TrackedLesson[]) => lessons.flatMap((lesson) => lesson.questionIds);
