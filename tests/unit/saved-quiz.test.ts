import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../src/lib/quiz/answer-key';
import { QuizStore, readSavedQuiz, savedQuizKey, type SavedQuiz } from '../../src/lib/quiz/saved-quiz';

const keys: AnswerKey[] = [
  { id: 'one', type: 'single', correct: 1, optionCount: 3 },
  { id: 'two', type: 'short', accept: ['select_related'] },
];
const saved: SavedQuiz = { version: 1, hash: 'abc', responses: { one: { choice: 1 }, two: { text: 'x' } }, checked: true, best: 1 };

/** An in-memory Storage; `failWrites` makes every write throw as a full quota does. */
function memoryStorage(initial: Record<string, string> = {}, failWrites = false) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failWrites) throw new DOMException('quota', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('readSavedQuiz', () => {
  it('restores answers saved for the same content', () => {
    expect(readSavedQuiz(JSON.stringify(saved), keys, 'abc')).toEqual({ status: 'restored', saved });
  });

  it('starts fresh when the quiz content changed', () => {
    expect(readSavedQuiz(JSON.stringify(saved), keys, 'changed')).toEqual({ status: 'stale' });
  });

  it('reports nothing saved', () => {
    expect(readSavedQuiz(null, keys, 'abc')).toEqual({ status: 'none' });
  });

  it.each([
    ['not JSON', '{oops'],
    ['a JSON string', '"hello"'],
    ['another version', JSON.stringify({ ...saved, version: 2 })],
    ['a best score above the total', JSON.stringify({ ...saved, best: 3 })],
    ['a response that does not fit its question', JSON.stringify({ ...saved, responses: { one: { choice: 7 } } })],
    ['an answer to a question the quiz does not have', JSON.stringify({ ...saved, responses: { nine: { text: 'x' } } })],
    ['checked that is not a boolean', JSON.stringify({ ...saved, checked: 'yes' })],
  ])('refuses %s as unreadable', (_, raw) => {
    expect(readSavedQuiz(raw, keys, 'abc')).toEqual({ status: 'unreadable' });
  });
});

describe('QuizStore', () => {
  it('saves and loads a quiz', () => {
    const storage = memoryStorage();
    const store = new QuizStore(storage, 'chapter-1/a');
    expect(store.save(saved)).toBe(true);
    expect(store.load(keys, 'abc')).toEqual({ status: 'restored', saved });
    expect(store.canSave).toBe(true);
  });

  it('keeps unreadable data aside instead of destroying it', () => {
    const storage = memoryStorage({ [savedQuizKey('chapter-1/a')]: '{broken' });
    const store = new QuizStore(storage, 'chapter-1/a');
    expect(store.load(keys, 'abc')).toEqual({ status: 'unreadable' });
    expect(storage.data.get(`${savedQuizKey('chapter-1/a')}:unreadable`)).toBe('{broken');
  });

  it('says it cannot save when storage refuses writes, and throws nothing', () => {
    const store = new QuizStore(memoryStorage({}, true), 'chapter-1/a');
    expect(store.load(keys, 'abc')).toEqual({ status: 'none' });
    expect(store.canSave).toBe(false);
    expect(store.save(saved)).toBe(false);
  });

  it('works without any storage at all', () => {
    const store = new QuizStore(undefined, 'chapter-1/a');
    expect(store.load(keys, 'abc')).toEqual({ status: 'none' });
    expect(store.save(saved)).toBe(false);
    expect(store.canSave).toBe(false);
  });

  it('survives storage whose reads throw', () => {
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => undefined, removeItem: () => undefined };
    const store = new QuizStore(throwing, 'chapter-1/a');
    expect(store.load(keys, 'abc')).toEqual({ status: 'none' });
    expect(store.canSave).toBe(false);
  });
});
