/**
 * Every name the course stores things under in a reader's browser. The privacy page lists them
 * and its clearing button removes everything that starts with STORAGE_PREFIX.
 */

/** The start of every local storage key and cache name of the course. */
export const STORAGE_PREFIX = 'enterprise-django:';

/** The reader's theme choice, read before first paint by ThemeInit.astro. */
export const THEME_KEY = `${STORAGE_PREFIX}theme`;

/** All of the learner's progress, one JSON value (src/lib/progress/types.ts). */
export const PROGRESS_KEY = `${STORAGE_PREFIX}progress`;

/** Progress that could not be read is kept aside under this, ':' and the time it was found (one key per damaged version). */
export const UNREADABLE_PROGRESS_KEY = `${PROGRESS_KEY}:unreadable`;

/** Written and removed at once, to learn whether the browser lets the course save. */
export const STORAGE_PROBE_KEY = `${STORAGE_PREFIX}storage-probe`;

/** Version 1 stored each quiz on its own, under this prefix and the lesson id. */
export const LEGACY_QUIZ_PREFIX = `${STORAGE_PREFIX}quiz:`;

/** The start of every cache name of the course served at this scope path, e.g. "/course/". */
export const cachePrefix = (scopePath: string) => `${STORAGE_PREFIX}${scopePath}:`;
