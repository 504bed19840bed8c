import { plural } from '../wording';
import type { LessonRef } from './summary';
import type { ExerciseProgress, LessonProgress, Progress, QuizProgress } from './types';

const later = <T extends { at: string }>(a: T | undefined, b: T | undefined): T | undefined => {
  if (!a || !b) return a ?? b;
  return Date.parse(b.at) > Date.parse(a.at) ? b : a;
};

/**
 * One quiz from two sources. For the same version of the quiz, the answers come from the later
 * activity and the best score is the better one. Across versions, a result for the quiz as the
 * course has it now (`hash`) wins however old it is: the other is for questions that have
 * changed. When neither is for the current version, the later one wins whole. Taken on either
 * side of the same version means taken.
 */
function mergeQuiz(current: QuizProgress | undefined, incoming: QuizProgress | undefined, hash: string | undefined): QuizProgress | undefined {
  if (!current || !incoming) return current ?? incoming;
  if (current.hash === incoming.hash) return { ...later(current, incoming)!, taken: current.taken || incoming.taken, best: Math.max(current.best, incoming.best) };
  if (current.hash === hash) return current;
  if (incoming.hash === hash) return incoming;
  return later(current, incoming);
}

/** Read marks keep the later activity; on a tie, "read" wins over "not read". */
function mergeRead(current: LessonProgress['read'], incoming: LessonProgress['read']): LessonProgress['read'] {
  if (current && incoming && current.at === incoming.at) return current.done ? current : incoming;
  return later(current, incoming);
}

/**
 * One exercise from two sources: passed if it passed on either side, the larger count of attempts
 * (each side's count includes what it had when the other was copied from it, so adding them would
 * count those twice), and the draft, or its absence after a reset, from the later side.
 */
function mergeExercise(current: ExerciseProgress | undefined, incoming: ExerciseProgress | undefined): ExerciseProgress {
  if (!current || !incoming) return (current ?? incoming)!;
  const { draft, at } = later(current, incoming)!;
  return { ...(draft !== undefined && { draft }), passed: current.passed || incoming.passed, attempts: Math.max(current.attempts, incoming.attempts), at };
}

function mergeExercises(current: LessonProgress['exercises'], incoming: LessonProgress['exercises']): LessonProgress['exercises'] {
  if (!current || !incoming) return current ?? incoming;
  const ids = new Set([...Object.keys(current), ...Object.keys(incoming)]);
  return Object.fromEntries([...ids].map((id) => [id, mergeExercise(current[id], incoming[id])]));
}

/**
 * Combines saved progress with an imported file, losing neither side's newer work. `course` gives
 * each lesson's current quiz version, so a result for it is never replaced by an old version's.
 */
export function mergeProgress(current: Progress, incoming: Progress, course: readonly LessonRef[]): Progress {
  const hashes = new Map(course.map((lesson) => [lesson.id, lesson.quiz?.hash]));
  const lessons: Progress['lessons'] = {};
  for (const id of new Set([...Object.keys(current.lessons), ...Object.keys(incoming.lessons)])) {
    const read = mergeRead(current.lessons[id]?.read, incoming.lessons[id]?.read);
    const quiz = mergeQuiz(current.lessons[id]?.quiz, incoming.lessons[id]?.quiz, hashes.get(id));
    const exercises = mergeExercises(current.lessons[id]?.exercises, incoming.lessons[id]?.exercises);
    lessons[id] = { ...(read && { read }), ...(quiz && { quiz }), ...(exercises && { exercises }) };
  }
  const review: Progress['review'] = {};
  for (const id of new Set([...Object.keys(current.review), ...Object.keys(incoming.review)])) {
    review[id] = later(current.review[id], incoming.review[id])!;
  }
  return { version: current.version, lessons, review };
}

/** A lesson as the preview names it. */
export type LessonLabel = (lessonId: string) => string;

/** What applying an import would change, in sentences a reader can check before saying yes. */
export function describeMerge(current: Progress, merged: Progress, label: LessonLabel): string[] {
  const newlyRead: string[] = [];
  const unread: string[] = [];
  const scores: string[] = [];
  const answers: string[] = [];
  let passedCount = 0;
  const passed: string[] = [];
  const drafts: string[] = [];
  for (const [id, lesson] of Object.entries(merged.lessons)) {
    const before = current.lessons[id];
    if (lesson.read?.done && !before?.read?.done) newlyRead.push(label(id));
    if (lesson.read && !lesson.read.done && before?.read?.done) unread.push(label(id));
    const exercises = Object.entries(lesson.exercises ?? {});
    const newlyPassed = exercises.filter(([exerciseId, exercise]) => exercise.passed && !before?.exercises?.[exerciseId]?.passed).length;
    if (newlyPassed) {
      passedCount += newlyPassed;
      passed.push(`${label(id)} (${newlyPassed})`);
    }
    if (exercises.some(([exerciseId, exercise]) => exercise.draft !== before?.exercises?.[exerciseId]?.draft)) drafts.push(label(id));
    const quiz = lesson.quiz;
    if (!quiz) continue;
    if (!before?.quiz) scores.push(`${label(id)}: ${quiz.best} (none before)`);
    else if (quiz.best !== before.quiz.best) scores.push(`${label(id)}: ${quiz.best} (was ${before.quiz.best})`);
    else if (quiz.hash !== before.quiz.hash || quiz.checked !== before.quiz.checked || quiz.taken !== before.quiz.taken || JSON.stringify(quiz.responses) !== JSON.stringify(before.quiz.responses)) answers.push(label(id));
  }
  // An exercise in the schedule always has its record in its lesson (recordExerciseCheck makes both).
  const isExercise = (id: string) => merged.lessons[merged.review[id]!.lesson]?.exercises?.[id] !== undefined;
  const items = (ids: string[]) => {
    const exercises = ids.filter(isExercise).length;
    const questions = ids.length - exercises;
    return [...(questions ? [plural(questions, 'question')] : []), ...(exercises ? [plural(exercises, 'exercise')] : [])].join(' and ');
  };
  const added = Object.keys(merged.review).filter((id) => !current.review[id]);
  const rescheduled = Object.keys(merged.review).filter((id) => current.review[id] && merged.review[id] !== current.review[id]);
  const list = (labels: string[]) => labels.join(', ');
  return [
    ...(newlyRead.length ? [`Marks ${plural(newlyRead.length, 'section')} as read: ${list(newlyRead)}.`] : []),
    ...(unread.length ? [`Marks ${plural(unread.length, 'section')} as not read, as you did later on the other browser: ${list(unread)}.`] : []),
    ...(scores.length ? [`Sets best quiz scores: ${list(scores)}.`] : []),
    ...(answers.length ? [`Brings in newer quiz answers for ${list(answers)}.`] : []),
    ...(passedCount ? [`Marks ${plural(passedCount, 'exercise')} as passed: ${list(passed)}.`] : []),
    ...(drafts.length ? [`Brings in newer exercise drafts for ${list(drafts)}.`] : []),
    ...(added.length ? [`Adds ${items(added)} to your review schedule.`] : []),
    ...(rescheduled.length ? [`Updates the review schedule of ${items(rescheduled)} with later answers.`] : []),
  ];
}

