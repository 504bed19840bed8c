import { isRecord } from '../../primitives/guards';
import { BOX_COUNT } from './schedule';
import { isLessonId, MAX_DRAFT_CHARS, PROGRESS_VERSION, type ExerciseProgress, type LessonProgress, type Progress, type QuizProgress, type ReviewItem } from './types';

/** The result of checking data that claims to be progress: the data, or why it was refused. */
export type ParsedProgress = { ok: true; progress: Progress } | { ok: false; reason: string };

/** Thrown inside the checks below; `path` names the field, as a reader would find it in the file. */
class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function expect(condition: boolean, path: string, message: string): asserts condition {
  if (!condition) throw new Invalid(path, message);
}

function time(value: unknown, path: string): string {
  expect(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)), path, 'must be a date and time like "2026-11-20T09:30:00.000Z"');
  return value;
}

function record(value: unknown, path: string): Record<string, unknown> {
  expect(isRecord(value), path, 'must be an object');
  return value;
}

function lessonProgress(value: unknown, path: string): LessonProgress {
  const lesson = record(value, path);
  const parsed: LessonProgress = {};
  if (lesson.read !== undefined) {
    const read = record(lesson.read, `${path}.read`);
    expect(typeof read.done === 'boolean', `${path}.read.done`, 'must be true or false');
    parsed.read = { done: read.done, at: time(read.at, `${path}.read.at`) };
  }
  if (lesson.quiz !== undefined) parsed.quiz = quizProgress(lesson.quiz, `${path}.quiz`);
  if (lesson.exercises !== undefined) {
    parsed.exercises = {};
    for (const [id, exercise] of Object.entries(record(lesson.exercises, `${path}.exercises`))) {
      expect(isExerciseId(id), `${path}.exercises.${id}`, 'is not an exercise id like "ex26-n-plus-one"');
      parsed.exercises[id] = exerciseProgress(exercise, `${path}.exercises.${id}`);
    }
  }
  return parsed;
}

/** Exercise ids, like question ids, are lower-case words joined by hyphens. */
const isExerciseId = (id: string) => /^[a-z0-9][a-z0-9-]*$/.test(id);

function exerciseProgress(value: unknown, path: string): ExerciseProgress {
  const exercise = record(value, path);
  // The course never saves a longer draft (record.ts), so a longer one was written by hand or by something else.
  expect(exercise.draft === undefined || (typeof exercise.draft === 'string' && exercise.draft.length <= MAX_DRAFT_CHARS), `${path}.draft`, `must be code of at most ${MAX_DRAFT_CHARS.toLocaleString('en')} characters`);
  expect(typeof exercise.passed === 'boolean', `${path}.passed`, 'must be true or false');
  expect(Number.isInteger(exercise.attempts) && (exercise.attempts as number) >= 0, `${path}.attempts`, 'must be a whole number of checks, 0 or more');
  expect(!exercise.passed || (exercise.attempts as number) > 0, `${path}.attempts`, 'is 0, but the exercise is marked passed, which takes at least one check');
  return { ...(exercise.draft !== undefined && { draft: exercise.draft as string }), passed: exercise.passed, attempts: exercise.attempts as number, at: time(exercise.at, `${path}.at`) };
}

function quizProgress(value: unknown, path: string): QuizProgress {
  const quiz = record(value, path);
  expect(typeof quiz.hash === 'string' && quiz.hash !== '', `${path}.hash`, 'must be the quiz version it was saved for');
  const responses = record(quiz.responses, `${path}.responses`);
  for (const [id, response] of Object.entries(responses)) record(response, `${path}.responses.${id}`);
  expect(typeof quiz.checked === 'boolean', `${path}.checked`, 'must be true or false');
  expect(Number.isInteger(quiz.best) && (quiz.best as number) >= 0, `${path}.best`, 'must be a whole number of questions, 0 or more');
  expect(quiz.taken === undefined || typeof quiz.taken === 'boolean', `${path}.taken`, 'must be true or false');
  // Saved before `taken` existed: a quiz showing its results, or with a score above 0, was checked.
  // (Checked, scored 0 and retried cannot be told from never checked; it counts as taken at the next check.)
  const taken = quiz.taken ?? (quiz.checked || (quiz.best as number) > 0);
  expect(taken || (!quiz.checked && quiz.best === 0), `${path}.taken`, 'is false, but the quiz has been checked (its answers are marked checked, or it has a best score)');
  return { hash: quiz.hash, responses, checked: quiz.checked, taken, best: quiz.best as number, at: time(quiz.at, `${path}.at`) };
}

function reviewItem(value: unknown, path: string): ReviewItem {
  const item = record(value, path);
  expect(typeof item.lesson === 'string' && isLessonId(item.lesson), `${path}.lesson`, 'must be a lesson id like "chapter-2/query-optimization"');
  expect(Number.isInteger(item.box) && (item.box as number) >= 1 && (item.box as number) <= BOX_COUNT, `${path}.box`, `must be a box number from 1 to ${BOX_COUNT}`);
  return { lesson: item.lesson, box: item.box as number, due: time(item.due, `${path}.due`), at: time(item.at, `${path}.at`) };
}

/** Checks every field of a value that claims to be version-2 progress. */
export function parseProgress(value: unknown): ParsedProgress {
  try {
    const data = record(value, 'progress');
    expect(Number.isInteger(data.version), 'version', 'is missing: this is not saved course progress');
    expect((data.version as number) <= PROGRESS_VERSION, 'version', `is ${data.version}, written by a newer version of the course than this one (which reads version ${PROGRESS_VERSION})`);
    expect(data.version === PROGRESS_VERSION, 'version', `is ${data.version}; this course reads version ${PROGRESS_VERSION}`);
    const lessons: Progress['lessons'] = {};
    for (const [id, lesson] of Object.entries(record(data.lessons, 'lessons'))) {
      expect(isLessonId(id), `lessons.${id}`, 'is not a lesson id like "chapter-2/query-optimization"');
      lessons[id] = lessonProgress(lesson, `lessons.${id}`);
    }
    const review: Progress['review'] = {};
    for (const [id, item] of Object.entries(record(data.review, 'review'))) review[id] = reviewItem(item, `review.${id}`);
    return { ok: true, progress: { version: PROGRESS_VERSION, lessons, review } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: `${error.path} ${error.message}.` };
    throw error;
  }
}
