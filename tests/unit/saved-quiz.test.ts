import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../src/question-types/registry';
import { restoreQuiz } from '../../src/lib/quiz/saved-quiz';
import type { QuizProgress } from '../../src/lib/progress/types';

const keys: AnswerKey[] = [
  { id: 'one', type: 'single', correct: 1, optionCount: 3 },
  { id: 'two', type: 'short', accept: ['select_related'] },
];
const saved: QuizProgress = { hash: 'abc', responses: { one: { choice: 1 }, two: { text: 'x' } }, checked: true, taken: true, best: 1, at: '2026-11-20T10:00:00.000Z' };

describe('restoreQuiz', () => {
  it('restores answers saved for the same content', () => {
    expect(restoreQuiz(saved, keys, 'abc')).toEqual({ status: 'restored', saved: { responses: saved.responses, checked: true, taken: true, best: 1 } });
  });

  it('starts fresh when the quiz content changed', () => {
    expect(restoreQuiz(saved, keys, 'changed')).toEqual({ status: 'stale' });
  });

  it('reports nothing saved', () => {
    expect(restoreQuiz(undefined, keys, 'abc')).toEqual({ status: 'none' });
  });

  it.each([
    ['a best score above the total', { ...saved, best: 3 }],
    ['a response that does not fit its question', { ...saved, responses: { one: { choice: 7 } } }],
    ['an answer to a question the quiz does not have', { ...saved, responses: { nine: { text: 'x' } } }],
    ['a response of another question type', { ...saved, responses: { two: { choice: 1 } } }],
  ])('refuses %s as unreadable', (_, record) => {
    expect(restoreQuiz(record, keys, 'abc')).toEqual({ status: 'unreadable' });
  });
});
