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
