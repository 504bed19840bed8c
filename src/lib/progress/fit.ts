import { plural } from '../wording';
import { BOX_INTERVAL_DAYS } from './schedule';
import type { TrackedLesson } from './summary';
import type { LessonProgress, Progress, ReviewItem } from './types';

/**
 * Checks imported progress against the course as it is now, which a file from anywhere cannot be
 * trusted to match: what the course does not have is left out (and counted, for the preview);
 * what cannot be true (a score above the number of questions, a date in the future) refuses the file.
 */

/** How far ahead of this browser's clock the exporting browser's may have been. */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const LONGEST_INTERVAL_MS = Math.max(...Object.values(BOX_INTERVAL_DAYS)) * DAY_MS;

/** What an import held that this course has no place for. */
export interface LeftOut {
  /** Sections (lesson ids) the course does not have. */
  sections: number;
  /** Question ids the course does not have, in answers or in the review schedule. */
  questions: number;
  /** Exercise ids the lesson they were saved under does not have (or, in the review schedule, the course). */
  exercises: number;
}

export type FittedProgress = { ok: true; progress: Progress; leftOut: LeftOut } | { ok: false; reason: string };

class Impossible extends Error {}

/** The part of progress the course has a place for; refuses values that cannot be true. */
export function fitToCourse(progress: Progress, course: readonly TrackedLesson[], now: Date): FittedProgress {
  const lessonsById = new Map(course.map((lesson) => [lesson.id, lesson]));
  const lessonOfQuestion = new Map(course.flatMap((lesson) => lesson.questionIds.map((id) => [id, lesson.id] as const)));
  const lessonOfExercise = new Map(course.flatMap((lesson) => lesson.exerciseIds.map((id) => [id, lesson.id] as const)));
  const unknownQuestions = new Set<string>();
  const unknownExercises = new Set<string>();
  let unknownSections = 0;
  const latest = now.getTime() + CLOCK_SKEW_MS;
  const notFuture = (at: string, path: string) => {
    if (Date.parse(at) > latest) throw new Impossible(`${path} is ${at}, in the future: the browser that exported it may have its clock set wrong.`);
  };
  try {
    const lessons: Progress['lessons'] = {};
    for (const [id, saved] of Object.entries(progress.lessons)) {
      const lesson = lessonsById.get(id);
      if (!lesson) {
        unknownSections++;
        continue;
      }
      const fitted: LessonProgress = {};
      if (saved.read) {
        notFuture(saved.read.at, `lessons.${id}.read.at`);
        fitted.read = saved.read;
      }
      if (saved.quiz) {
        const { quiz } = saved;
        notFuture(quiz.at, `lessons.${id}.quiz.at`);
        const known = new Set(lesson.questionIds);
        for (const questionId of Object.keys(quiz.responses)) if (!known.has(questionId)) unknownQuestions.add(questionId);
        if (quiz.hash === lesson.quiz?.hash && quiz.best > lesson.quiz.questions) {
          throw new Impossible(`lessons.${id}.quiz.best is ${quiz.best}, but that quiz has ${plural(lesson.quiz.questions, 'question')}.`);
        }
        // A lesson whose quiz was removed keeps nothing of it.
        if (lesson.quiz) fitted.quiz = { ...quiz, responses: Object.fromEntries(Object.entries(quiz.responses).filter(([questionId]) => known.has(questionId))) };
      }
      if (saved.exercises) {
        const exercises: NonNullable<LessonProgress['exercises']> = {};
        for (const [exerciseId, exercise] of Object.entries(saved.exercises)) {
          // An exercise's record is kept under the lesson that has it, where the lesson's standing looks for it.
          if (lessonOfExercise.get(exerciseId) !== id) {
            unknownExercises.add(exerciseId);
            continue;
          }
          notFuture(exercise.at, `lessons.${id}.exercises.${exerciseId}.at`);
          exercises[exerciseId] = exercise;
        }
        if (Object.keys(exercises).length) fitted.exercises = exercises;
      }
      lessons[id] = fitted;
    }
    const review: Progress['review'] = {};
    for (const [questionId, item] of Object.entries(progress.review)) {
      const lesson = lessonOfQuestion.get(questionId) ?? lessonOfExercise.get(questionId);
      if (!lesson) {
        // An exercise in the schedule has its record in its lesson (recordExerciseCheck makes both).
        (progress.lessons[item.lesson]?.exercises?.[questionId] ? unknownExercises : unknownQuestions).add(questionId);
        continue;
      }
      notFuture(item.at, `review.${questionId}.at`);
      if (Date.parse(item.due) > Date.parse(item.at) + LONGEST_INTERVAL_MS + CLOCK_SKEW_MS) {
        throw new Impossible(`review.${questionId}.due is ${item.due}, further from its last answer than the longest review interval.`);
      }
      // Question and exercise ids are unique across the course: the item may have moved to another lesson.
      review[questionId] = { ...item, lesson } satisfies ReviewItem;
    }
    return { ok: true, progress: { version: progress.version, lessons, review }, leftOut: { sections: unknownSections, questions: unknownQuestions.size, exercises: unknownExercises.size } };
  } catch (error) {
    if (error instanceof Impossible) return { ok: false, reason: error.message };
    throw error;
  }
}

/** What was left out, as "2 sections and 1 question that this course does not have", if anything was. */
export function describeLeftOut({ sections, questions, exercises }: LeftOut): string | undefined {
  const parts = [...(sections ? [plural(sections, 'section')] : []), ...(questions ? [plural(questions, 'question')] : []), ...(exercises ? [plural(exercises, 'exercise')] : [])];
  if (!parts.length) return undefined;
  const named = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `${named} that this course does not have`;
}
