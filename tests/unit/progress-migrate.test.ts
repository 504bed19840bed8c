import { describe, expect, it } from 'vitest';
import { migrateFromV1 } from '../../src/lib/progress/migrate';
import { parseProgress } from '../../src/lib/progress/parse';
import { ProgressStore } from '../../src/lib/progress/progress-store';
import { PROGRESS_KEY } from '../../src/lib/storage-keys';
import { emptyProgress } from '../../src/lib/progress/types';
import { memoryStorage } from './memory-storage';
import { t, A, B, progress, quiz } from './progress-fixtures';

describe('migrations', () => {
  const v1 = (best: number) => JSON.stringify({ version: 1, hash: 'h1', responses: { q1: { choice: 1 } }, checked: true, best });
  const now = new Date(t(25));

  it('folds version-1 quiz entries into version 2', () => {
    const { progress: migrated, migratedKeys } = migrateFromV1(
      [
        [`enterprise-django:quiz:${A}`, v1(4)],
        [`enterprise-django:quiz:${B}`, v1(2)],
        ['enterprise-django:theme', 'dark'],
      ],
      now,
    );
    expect(migrated).toEqual(progress({ [A]: { quiz: { ...quiz(4, t(25)), responses: { q1: { choice: 1 } } } }, [B]: { quiz: { ...quiz(2, t(25)), responses: { q1: { choice: 1 } } } } }));
    expect(migratedKeys).toEqual([`enterprise-django:quiz:${A}`, `enterprise-django:quiz:${B}`]);
    expect(parseProgress(migrated).ok).toBe(true);
  });

  it('reads version-2 progress saved before quizzes kept "taken" and before exercises, working out "taken"', () => {
    const saved = (checked: boolean, best: number) => {
      const { taken: _taken, ...before } = { ...quiz(best, t(10)), checked };
      return { version: 2, lessons: { [A]: { quiz: before } }, review: {} };
    };
    const taken = (checked: boolean, best: number) => {
      const parsed = parseProgress(saved(checked, best));
      return parsed.ok ? parsed.progress.lessons[A]!.quiz!.taken : undefined;
    };
    expect(taken(true, 0)).toBe(true);
    // Retried after a check: the results are cleared, the score is kept.
    expect(taken(false, 3)).toBe(true);
    // Never checked, or checked with 0 and retried: the two cannot be told apart; the next check takes it.
    expect(taken(false, 0)).toBe(false);
    const { progress: fromV1 } = migrateFromV1([[`enterprise-django:quiz:${A}`, JSON.stringify({ version: 1, hash: 'h1', responses: {}, checked: false, best: 2 })]], now);
    expect(fromV1.lessons[A]!.quiz!.taken).toBe(true);
  });

  it('leaves unreadable version-1 entries and set-aside copies where they are', () => {
    const { progress: migrated, migratedKeys } = migrateFromV1(
      [
        [`enterprise-django:quiz:${A}`, '{broken'],
        [`enterprise-django:quiz:${B}:unreadable`, v1(1)],
        ['enterprise-django:quiz:not-a-lesson', v1(1)],
      ],
      now,
    );
    expect(migrated).toEqual(emptyProgress());
    expect(migratedKeys).toEqual([]);
  });

  it('migrates on first load, then removes the old entries', () => {
    const storage = memoryStorage({ [`enterprise-django:quiz:${A}`]: v1(4), 'enterprise-django:theme': 'dark' });
    const loaded = new ProgressStore(storage, () => now).load();
    expect(loaded.lessons[A]!.quiz!.best).toBe(4);
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toEqual(loaded);
    expect(storage.data.has(`enterprise-django:quiz:${A}`)).toBe(false);
    expect(storage.data.get('enterprise-django:theme')).toBe('dark');
  });

  it('keeps the old entries when the migrated progress cannot be saved', () => {
    const storage = memoryStorage({ [`enterprise-django:quiz:${A}`]: v1(4) }, true);
    expect(new ProgressStore(storage, () => now).load().lessons[A]!.quiz!.best).toBe(4);
    expect(storage.data.has(`enterprise-django:quiz:${A}`)).toBe(true);
  });
});
