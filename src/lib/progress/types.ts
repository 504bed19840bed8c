/**
 * Everything the course remembers about one learner, kept in the browser under
 * `enterprise-django:progress` and written out whole by "Export progress".
 *
 * Version 2 (this shape). Version 1 kept one entry per quiz (`enterprise-django:quiz:<lesson id>`,
 * see `SavedQuizV1`); `migrate.ts` folds those into this shape the first time a page reads progress.
 * `quiz.taken` and `exercises` came later within version 2: both are optional in a saved file, so
 * every file written before them is still valid version 2 and no migration step is needed
 * (`parse.ts` works out `taken` for a quiz saved without it).
 *
 * ```json
 * {
 *   "version": 2,
 *   "lessons": {
 *     "chapter-2/query-optimization": {
 *       "read": { "done": true, "at": "2026-11-20T09:30:00.000Z" },
 *       "quiz": { "hash": "1f0c2a9b", "responses": { "l26-select-related": { "choice": 2 } },
 *                 "checked": true, "taken": true, "best": 6, "at": "2026-11-20T09:41:00.000Z" },
 *       "exercises": {
 *         "ex26-n-plus-one": { "draft": "books = Book.objects.select_related(\"author\")",
 *                              "passed": false, "attempts": 2, "at": "2026-11-20T09:55:00.000Z" }
 *       }
 *     }
 *   },
 *   "review": {
 *     "l26-select-related": { "lesson": "chapter-2/query-optimization", "box": 1,
 *                             "due": "2026-11-20T09:41:00.000Z", "at": "2026-11-20T09:41:00.000Z" },
 *     "ex26-n-plus-one": { "lesson": "chapter-2/query-optimization", "box": 1,
 *                          "due": "2026-11-20T09:55:00.000Z", "at": "2026-11-20T09:55:00.000Z" }
 *   }
 * }
 * ```
 * Every `at` is an ISO 8601 time: when that record last changed. Merging an import keeps the
 * record with the later `at`, the better quiz score, and an exercise passed on either side.
 */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** By lesson id ("<chapter folder>/<slug>"). */
  lessons: Record<string, LessonProgress>;
  /** The review schedule, by question or exercise id (each unique across the course). */
  review: Record<string, ReviewItem>;
}

export const PROGRESS_VERSION = 2;

export interface LessonProgress {
  /** Marked read (by reaching the end or by hand), or unmarked by hand; absent if neither. */
  read?: { done: boolean; at: string };
  quiz?: QuizProgress;
  /** The lesson's exercises the learner has worked on, by exercise id (unique across the course). */
  exercises?: Record<string, ExerciseProgress>;
}

/** Longest draft kept, in characters: far above any exercise's solution, low enough that drafts cannot fill storage or an export. */
export const MAX_DRAFT_CHARS = 10_000;

export interface ExerciseProgress {
  /** The learner's code as last edited; absent when they reset it to the starter code. */
  draft?: string;
  /** Every check passed at least once; stays true. */
  passed: boolean;
  /** How many times Check was pressed. */
  attempts: number;
  at: string;
}

export interface QuizProgress {
  /** The quiz content's hash when saved: a changed quiz starts fresh, other quizzes keep theirs. */
  hash: string;
  /** The reader's answers by question id, in each question type's response shape. */
  responses: Record<string, unknown>;
  /** Whether the answers on screen have been checked, so feedback shows again on return ("Retry missed questions" clears it). */
  checked: boolean;
  /**
   * The quiz has been checked at least once on this version: what "taken" means everywhere, and
   * what completing a section needs. A retry or a fresh start does not clear it, as it keeps `best`.
   */
  taken: boolean;
  /** The best score reached on this version of the quiz. */
  best: number;
  at: string;
}

/** A question's or an exercise's place in the Leitner schedule. */
export interface ReviewItem {
  /** The lesson whose quiz holds the question, or that holds the exercise. */
  lesson: string;
  /** 1 (just missed: due at once) to 5 (known well: due after the longest interval). */
  box: number;
  /** When the question is next due. */
  due: string;
  /** When it was last answered. */
  at: string;
}

/** What the course knows about a lesson's quiz at build time; the client gets this to check saved data against. */
export interface QuizManifestEntry {
  lessonId: string;
  hash: string;
  questionIds: string[];
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, lessons: {}, review: {} });

/** Lesson ids are "<chapter folder>/<slug>", e.g. "chapter-2/query-optimization". */
export const isLessonId = (id: string) => /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/.test(id);
