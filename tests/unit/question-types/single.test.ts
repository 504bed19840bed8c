import { describe, expect, it } from 'vitest';
import { gradeQuestion, parseResponse } from '../../../src/lib/quiz/grading';
import { definition } from '../../../src/question-types/single/definition';
import type { Key } from '../../../src/question-types/single/grading';
import { context, shared } from './support';

const key: Key = { id: 's', type: 'single', correct: 2, optionCount: 3 };
const question = (corrects: boolean[]) => definition.schema.parse({ ...shared, id: 's', type: 'single', options: corrects.map((correct, n) => ({ text: `option ${n}`, correct })) });

describe('single choice: definition', () => {
  it('keeps only what grading needs in the answer key', () => {
    const withFeedback = { ...shared, id: 'q', type: 'single' as const, options: [{ text: 'A', correct: false }, { text: 'B', correct: true, feedback: 'yes' }] };
    expect(definition.answerKey(withFeedback)).toEqual({ id: 'q', type: 'single', correct: 1, optionCount: 2 });
  });
  it('needs exactly one correct option', () => {
    expect(definition.problems(question([false, true]))).toEqual([]);
    expect(definition.problems(question([false, false]))).toEqual([{ message: 'this single-choice question has no correct option', fix: 'mark the right option with `correct: true`' }]);
    expect(definition.problems(question([true, true]))).toEqual([
      { message: 'this single-choice question has 2 correct options', fix: 'mark exactly one option `correct: true`, or make it `type: multiple`' },
    ]);
  });
  it('shows the options shuffled, the right one as the answer, and feedback in the order shown', async () => {
    const view = await definition.view(
      { ...shared, id: 'q', type: 'single', options: [{ text: 'right', correct: true }, { text: 'wrong', correct: false, feedback: 'nope' }, { text: 'also wrong', correct: false }] },
      context(),
    );
    expect(view.options.map((option) => option.index)).not.toEqual([0, 1, 2]);
    expect(view.answerHtml).toBe('right');
    expect(view.optionFeedback).toEqual([{ html: 'wrong', feedbackHtml: 'nope' }]);
  });
});

describe('single choice: grading', () => {
  it('is right only for the correct option', () => {
    expect(gradeQuestion(key, { choice: 2 })).toEqual({ answered: true, correct: true });
    expect(gradeQuestion(key, { choice: 0 })).toEqual({ answered: true, correct: false });
  });
  it('counts no choice as unanswered and wrong', () => {
    expect(gradeQuestion(key, { choice: null })).toEqual({ answered: false, correct: false });
    expect(gradeQuestion(key, undefined)).toEqual({ answered: false, correct: false });
  });
  it('reads back a saved choice that fits the options, and refuses one that does not', () => {
    expect(parseResponse(key, { choice: 1 })).toEqual({ choice: 1 });
    expect(parseResponse(key, { choice: null })).toEqual({ choice: null });
    expect(parseResponse(key, { choice: 3 })).toBeUndefined();
    expect(parseResponse(key, { choice: '1' })).toBeUndefined();
  });
});
