import { describe, expect, it } from 'vitest';
import { setRead } from '../../src/lib/progress/record';
import { ProgressStore } from '../../src/lib/progress/progress-store';
import { PROGRESS_KEY } from '../../src/lib/storage-keys';
import { emptyProgress } from '../../src/lib/progress/types';
import { memoryStorage } from './memory-storage';
import { t, A, B, progress } from './progress-fixtures';

describe('ProgressStore', () => {
  it('saves and loads progress, and tells the page', () => {
    const storage = memoryStorage();
    let saves = 0;
    const store = new ProgressStore(storage, () => new Date(t(20)), () => saves++);
    const saved = store.update((current) => setRead(current, A, true, new Date(t(20))));
    expect(saved).toEqual(progress({ [A]: { read: { done: true, at: t(20) } } }));
    expect(new ProgressStore(storage).load()).toEqual(saved);
    expect(saves).toBe(1);
  });

  it('builds on what another tab saved since this one loaded', () => {
    const storage = memoryStorage();
    const first = new ProgressStore(storage);
    const second = new ProgressStore(storage);
    first.load();
    second.update((current) => setRead(current, B, true, new Date(t(20))));
    first.update((current) => setRead(current, A, true, new Date(t(21))));
    expect(Object.keys(new ProgressStore(storage).load().lessons).sort()).toEqual([A, B]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['a future version', JSON.stringify({ version: 3, lessons: {}, review: {} })],
    ['a wrong field', JSON.stringify({ version: 2, lessons: { [A]: { read: { done: 1, at: t(1) } } }, review: {} })],
  ])('moves %s aside instead of destroying it, and starts afresh', (_, raw) => {
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const store = new ProgressStore(storage, () => new Date(t(20)));
    expect(store.load()).toEqual(emptyProgress());
    expect(store.foundUnreadable).toBe(true);
    expect(store.blocked).toBeUndefined();
    expect(storage.data.get(`${PROGRESS_KEY}:unreadable:${t(20)}`)).toBe(raw);
  });

  it('keeps every damaged version aside, each once, however often it is loaded', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{first', [`${PROGRESS_KEY}:unreadable`]: '{older' });
    let day = 20;
    const store = new ProgressStore(storage, () => new Date(t(day++)));
    store.load();
    store.load();
    storage.data.set(PROGRESS_KEY, '{second');
    store.load();
    const copies = [...storage.data].filter(([key]) => key.startsWith(`${PROGRESS_KEY}:unreadable`));
    expect(copies.map(([, raw]) => raw).sort()).toEqual(['{first', '{older', '{second']);
  });

  it('writes nothing over unreadable progress that storage will not let it keep aside, and says why', () => {
    // Full: a new key does not fit, but replacing the progress entry would.
    const storage = memoryStorage({ [PROGRESS_KEY]: '{damaged' }, (key) => key !== PROGRESS_KEY);
    const store = new ProgressStore(storage);
    expect(store.load()).toEqual(emptyProgress());
    expect(store.foundUnreadable).toBe(false);
    expect(store.blocked).toBe('unreadableNotKept');
    expect(store.update((current) => setRead(current, A, true, new Date(t(21))))).toBeUndefined();
    expect(storage.data.get(PROGRESS_KEY)).toBe('{damaged');
    expect([...storage.data.keys()]).toEqual([PROGRESS_KEY]);
  });

  it('writes nothing when reading the saved progress fails, and saves again once reading works', () => {
    let failing = true;
    const saved = JSON.stringify(progress({ [B]: { read: { done: true, at: t(10) } } }));
    const storage = memoryStorage({ [PROGRESS_KEY]: saved }, false, (key) => failing && key === PROGRESS_KEY);
    const store = new ProgressStore(storage);
    expect(store.update((current) => setRead(current, A, true, new Date(t(21))))).toBeUndefined();
    expect(store.blocked).toBe('readFailed');
    expect(storage.data.get(PROGRESS_KEY)).toBe(saved);
    failing = false;
    expect(Object.keys(store.update((current) => setRead(current, A, true, new Date(t(21))))!.lessons).sort()).toEqual([A, B]);
    expect(store.blocked).toBeUndefined();
  });

  it('says it cannot save when storage refuses writes, and throws nothing', () => {
    const store = new ProgressStore(memoryStorage({}, true));
    expect(store.probe()).toBe(false);
    expect(store.update((current) => setRead(current, A, true, new Date(t(1))))).toBeUndefined();
    expect(store.canSave).toBe(false);
  });

  it('works without any storage at all', () => {
    const store = new ProgressStore(undefined);
    expect(store.load()).toEqual(emptyProgress());
    expect(store.canSave).toBe(false);
    expect(store.reset()).toBe(false);
  });

  it('reset removes progress, old quiz entries and set-aside copies, and nothing else', () => {
    const storage = memoryStorage({
      [PROGRESS_KEY]: JSON.stringify(progress()),
      [`${PROGRESS_KEY}:unreadable`]: '{',
      [`${PROGRESS_KEY}:unreadable:${t(2)}`]: '{',
      [`enterprise-django:quiz:${A}:unreadable`]: '{',
      'enterprise-django:theme': 'dark',
    });
    expect(new ProgressStore(storage).reset()).toBe(true);
    expect([...storage.data.keys()]).toEqual(['enterprise-django:theme']);
  });
});
