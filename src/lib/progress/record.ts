import type { QuestionResult } from '../quiz/grading';
import { scheduleAnswer } from './schedule';
import { MAX_DRAFT_CHARS, type ExerciseProgress, type LessonProgress, type Progress, type QuizProgress } from './types';

/** Pure updates to progress, one per thing a learner does; each returns new progress. */

function withLesson(progress: Progress, lessonId: string, change: (lesson: LessonProgress) => LessonProgress): Progress {
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: change(progress.lessons[lessonId] ?? {}) } };
}

/** Marks a section read or not read, by the learner's choice. */
export function setRead(progress: Progress, lessonId: string, done: boolean, now: Date): Progress {
  return withLesson(progress, lessonId, (lesson) => ({ ...lesson, read: { done, at: now.toISOString() } }));
}

/**
 * Reaching the end of a section marks it read, unless the learner has marked it either way
 * before: someone who unmarked a section is not overruled by scrolling through it again.
 */
export function markReadOnReachingEnd(progress: Progress, lessonId: string, now: Date): Progress {
  return progress.lessons[lessonId]?.read ? progress : setRead(progress, lessonId, true, now);
}

/**
 * Saves a quiz's answers as they stand, over the latest saved progress: the answers are the
 * later ones, but on the same version of the quiz the best score never goes down and a quiz once
 * taken stays taken (another tab may have got further since this page last read it, and a retry
 * clears `checked` but must not undo having taken the quiz).
 */
export function saveQuiz(progress: Progress, lessonId: string, quiz: Omit<QuizProgress, 'at' | 'taken'>, now: Date): Progress {
  const saved = progress.lessons[lessonId]?.quiz;
  const sameVersion = saved?.hash === quiz.hash;
  const best = sameVersion ? Math.max(saved.best, quiz.best) : quiz.best;
  const taken = quiz.checked || (sameVersion && saved.taken);
  return withLesson(progress, lessonId, (lesson) => ({ ...lesson, quiz: { ...quiz, taken, best, at: now.toISOString() } }));
}

/** Schedules every answered question for review: wrong ones at once, right ones later. Unanswered ones are left out. */
export function scheduleAnswers(progress: Progress, lessonId: string, results: Record<string, QuestionResult>, now: Date): Progress {
  const review = { ...progress.review };
  for (const [questionId, result] of Object.entries(results)) {
    if (result.answered) review[questionId] = scheduleAnswer(review[questionId], lessonId, result.correct, now);
  }
  return { ...progress, review };
}

function withExercise(progress: Progress, lessonId: string, exerciseId: string, change: (exercise: ExerciseProgress) => ExerciseProgress, now: Date): Progress {
  return withLesson(progress, lessonId, (lesson) => {
    const saved = lesson.exercises?.[exerciseId] ?? { passed: false, attempts: 0, at: now.toISOString() };
    return { ...lesson, exercises: { ...lesson.exercises, [exerciseId]: { ...change(saved), at: now.toISOString() } } };
  });
}

/** Whether a draft is short enough to keep (MAX_DRAFT_CHARS); a longer one is not saved, and the saved draft stays as it was. */
export const draftFits = (code: string) => code.length <= MAX_DRAFT_CHARS;

/** The exercise with `code` as its draft, if it fits; otherwise as it was. */
const withDraft = (exercise: ExerciseProgress, code: string): ExerciseProgress => (draftFits(code) ? { ...exercise, draft: code } : exercise);

/**
 * Records pressing Check on an exercise: one more attempt, the code as the draft, and passed once
 * every check has passed (it stays passed). The exercise joins the review schedule under its id
 * like a quiz question: a failed check makes it due at once, a pass schedules it like a right answer.
 */
export function recordExerciseCheck(progress: Progress, lessonId: string, exerciseId: string, check: { passed: boolean; code: string }, now: Date): Progress {
  const recorded = withExercise(progress, lessonId, exerciseId, (exercise) => withDraft({ ...exercise, passed: exercise.passed || check.passed, attempts: exercise.attempts + 1 }, check.code), now);
  return { ...recorded, review: { ...recorded.review, [exerciseId]: scheduleAnswer(recorded.review[exerciseId], lessonId, check.passed, now) } };
}

/** Saves the learner's code as they edit it; the first edit starts the exercise's record (not passed, no attempts). */
export function saveExerciseDraft(progress: Progress, lessonId: string, exerciseId: string, code: string, now: Date): Progress {
  if (!draftFits(code)) return progress;
  return withExercise(progress, lessonId, exerciseId, (exercise) => withDraft(exercise, code), now);
}

/** Forgets the draft when the learner resets the exercise to its starter code; whether it passed, and the attempts, stay. */
export function clearExerciseDraft(progress: Progress, lessonId: string, exerciseId: string, now: Date): Progress {
  if (!progress.lessons[lessonId]?.exercises?.[exerciseId]) return progress;
  return withExercise(progress, lessonId, exerciseId, ({ draft: _draft, ...exercise }) => exercise, now);
}
