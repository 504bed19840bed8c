import { describe, expect, it } from 'vitest';
import { answerKey, type AnswerKey } from '../../src/lib/quiz/answer-key';
import { gradeQuestion, gradeQuiz, parseResponse } from '../../src/lib/quiz/grading';
import { normaliseShortAnswer } from '../../src/lib/quiz/kinds/short';
import { parseNumber } from '../../src/lib/quiz/kinds/numeric';
import type { Question } from '../../src/schemas/quiz';

const base = { prompt: 'Q', explanation: 'Because.', heading: 'h' };
const single: AnswerKey = { id: 's', type: 'single', correct: 2, optionCount: 3 };
const multiple: AnswerKey = { id: 'm', type: 'multiple', correct: [0, 2], optionCount: 4 };
const trueFalse: AnswerKey = { id: 't', type: 'true-false', answer: false };
const short: AnswerKey = { id: 'a', type: 'short', accept: ['select_related', 'QuerySet.select_related()'] };
const numeric: AnswerKey = { id: 'n', type: 'numeric', answer: 11, tolerance: 0 };
const approx: AnswerKey = { id: 'x', type: 'numeric', answer: 2.5, tolerance: 0.25 };
const ordering: AnswerKey = { id: 'o', type: 'ordering', itemCount: 4 };

describe('answerKey', () => {
  it('keeps only what grading needs', () => {
    const question: Question = { ...base, id: 'q', type: 'single', options: [{ text: 'A', correct: false }, { text: 'B', correct: true, feedback: 'yes' }] };
    expect(answerKey(question)).toEqual({ id: 'q', type: 'single', correct: 1, optionCount: 2 });
    expect(answerKey({ ...base, id: 'o', type: 'ordering', items: ['a', 'b', 'c'] })).toEqual({ id: 'o', type: 'ordering', itemCount: 3 });
  });
});

describe('single choice', () => {
  it('is right only for the correct option', () => {
    expect(gradeQuestion(single, { choice: 2 })).toEqual({ answered: true, correct: true });
    expect(gradeQuestion(single, { choice: 0 })).toEqual({ answered: true, correct: false });
  });
  it('counts no choice as unanswered and wrong', () => {
    expect(gradeQuestion(single, { choice: null })).toEqual({ answered: false, correct: false });
    expect(gradeQuestion(single, undefined)).toEqual({ answered: false, correct: false });
  });
});

describe('multiple choice', () => {
  it('is right only for exactly the correct options, in any order', () => {
    expect(gradeQuestion(multiple, { choices: [2, 0] }).correct).toBe(true);
  });
  it('is wrong for a partial selection or one extra option', () => {
    expect(gradeQuestion(multiple, { choices: [0] }).correct).toBe(false);
    expect(gradeQuestion(multiple, { choices: [0, 1, 2] }).correct).toBe(false);
  });
  it('counts no selection as unanswered', () => {
    expect(gradeQuestion(multiple, { choices: [] })).toEqual({ answered: false, correct: false });
  });
});

describe('true / false', () => {
  it('grades the statement, and no answer as unanswered', () => {
    expect(gradeQuestion(trueFalse, { value: false }).correct).toBe(true);
    expect(gradeQuestion(trueFalse, { value: true }).correct).toBe(false);
    expect(gradeQuestion(trueFalse, { value: null }).answered).toBe(false);
  });
});

describe('short answer', () => {
  it('ignores case and white space, and accepts every alternative', () => {
    expect(gradeQuestion(short, { text: '  Select_Related ' }).correct).toBe(true);
    expect(gradeQuestion(short, { text: 'queryset.select_related ()' }).correct).toBe(true);
  });
  it('does not accept near misses', () => {
    expect(gradeQuestion(short, { text: 'select.related' }).correct).toBe(false);
    expect(gradeQuestion(short, { text: 'prefetch_related' }).correct).toBe(false);
  });
  it('counts a blank answer as unanswered', () => {
    expect(gradeQuestion(short, { text: '   ' })).toEqual({ answered: false, correct: false });
  });
  it('normalises by dropping all white space and lowering case', () => {
    expect(normaliseShortAnswer(' DJANGO_SETTINGS_MODULE\n')).toBe('django_settings_module');
  });
});

describe('numeric', () => {
  it('needs the exact number when there is no tolerance', () => {
    expect(gradeQuestion(numeric, { text: '11' }).correct).toBe(true);
    expect(gradeQuestion(numeric, { text: ' 11.0 ' }).correct).toBe(true);
    expect(gradeQuestion(numeric, { text: '12' }).correct).toBe(false);
  });
  it('accepts answers within the tolerance, inclusive', () => {
    expect(gradeQuestion(approx, { text: '2.75' }).correct).toBe(true);
    expect(gradeQuestion(approx, { text: '2,3' }).correct).toBe(true);
    expect(gradeQuestion(approx, { text: '2.76' }).correct).toBe(false);
  });
  it('treats text that is not a number as wrong, and blank as unanswered', () => {
    expect(gradeQuestion(numeric, { text: 'eleven' })).toEqual({ answered: true, correct: false });
    expect(gradeQuestion(numeric, { text: '' })).toEqual({ answered: false, correct: false });
  });
  it('reads thousands separators and decimal commas', () => {
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('1 000 000')).toBe(1000000);
    expect(parseNumber('0,5')).toBe(0.5);
    expect(parseNumber('11 queries')).toBeNaN();
  });
});

describe('ordering', () => {
  it('is right only when every item is in its place', () => {
    expect(gradeQuestion(ordering, { order: [0, 1, 2, 3] }).correct).toBe(true);
    expect(gradeQuestion(ordering, { order: [0, 2, 1, 3] }).correct).toBe(false);
    expect(gradeQuestion(ordering, { order: [3, 2, 1, 0] }).correct).toBe(false);
  });
  it('never counts a missing order as right', () => {
    expect(gradeQuestion(ordering, undefined)).toEqual({ answered: false, correct: false });
  });
});

describe('gradeQuiz', () => {
  it('scores every question and totals them', () => {
    const result = gradeQuiz([single, short, ordering], { s: { choice: 2 }, a: { text: 'nope' } });
    expect(result).toEqual({
      results: { s: { answered: true, correct: true }, a: { answered: true, correct: false }, o: { answered: false, correct: false } },
      score: 1,
      total: 3,
    });
  });
});

describe('parseResponse', () => {
  it('accepts responses that fit the question', () => {
    expect(parseResponse(single, { choice: 1 })).toEqual({ choice: 1 });
    expect(parseResponse(multiple, { choices: [3, 0, 3] })).toEqual({ choices: [0, 3] });
    expect(parseResponse(ordering, { order: [3, 1, 0, 2] })).toEqual({ order: [3, 1, 0, 2] });
    expect(parseResponse(short, { text: 'x' })).toEqual({ text: 'x' });
  });
  it('refuses responses that do not fit', () => {
    expect(parseResponse(single, { choice: 3 })).toBeUndefined();
    expect(parseResponse(single, { choice: '1' })).toBeUndefined();
    expect(parseResponse(multiple, { choices: [0, 9] })).toBeUndefined();
    expect(parseResponse(trueFalse, { value: 'false' })).toBeUndefined();
    expect(parseResponse(numeric, { text: 11 })).toBeUndefined();
    expect(parseResponse(ordering, { order: [0, 0, 1, 2] })).toBeUndefined();
    expect(parseResponse(ordering, { order: [0, 1, 2] })).toBeUndefined();
    expect(parseResponse(short, null)).toBeUndefined();
  });
});
