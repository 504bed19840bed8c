import { isRecord } from '../../primitives/guards';
import { LEGACY_QUIZ_PREFIX } from '../storage-keys';
import { emptyProgress, isLessonId, type Progress } from './types';

/** Version 1 stored each quiz on its own, under `enterprise-django:quiz:<lesson id>`. */
export interface SavedQuizV1 {
  version: 1;
  hash: string;
  responses: Record<string, unknown>;
  checked: boolean;
  best: number;
}


/** What a migration made, and which old entries it used (to remove once the new shape is saved). */
export interface Migration {
  progress: Progress;
  migratedKeys: string[];
}

function readV1(raw: string): SavedQuizV1 | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== 1 || typeof value.hash !== 'string' || !isRecord(value.responses)) return undefined;
  if (typeof value.checked !== 'boolean' || !Number.isInteger(value.best) || (value.best as number) < 0) return undefined;
  if (!Object.values(value.responses).every(isRecord)) return undefined;
  return value as unknown as SavedQuizV1;
}

/**
 * Folds version-1 quiz entries into version-2 progress. Version 1 kept no times, so the migrated
 * quizzes count as saved `now`; it kept no schedule, so review starts with the next answers.
 * Entries that cannot be read (and `:unreadable` copies) are left where they are.
 */
export function migrateFromV1(entries: Iterable<[key: string, raw: string]>, now: Date): Migration {
  const progress = emptyProgress();
  const migratedKeys: string[] = [];
  for (const [key, raw] of entries) {
    if (!key.startsWith(LEGACY_QUIZ_PREFIX) || key.endsWith(':unreadable')) continue;
    const saved = readV1(raw);
    if (!saved) continue;
    const lessonId = key.slice(LEGACY_QUIZ_PREFIX.length);
    if (!isLessonId(lessonId)) continue;
    // Version 1 had no "taken": as for a version-2 quiz saved without it (parse.ts), results or a score mean it was checked.
    const taken = saved.checked || saved.best > 0;
    progress.lessons[lessonId] = { quiz: { hash: saved.hash, responses: saved.responses, checked: saved.checked, taken, best: saved.best, at: now.toISOString() } };
    migratedKeys.push(key);
  }
  return { progress, migratedKeys };
}
