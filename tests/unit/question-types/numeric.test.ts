import { describe, expect, it } from 'vitest';
import { gradeQuestion, parseResponse } from '../../../src/lib/quiz/grading';
import { definition } from '../../../src/question-types/numeric/definition';
import { parseNumber, type Key } from '../../../src/question-types/numeric/grading';
import { context, shared } from './support';

const exact: Key = { id: 'n', type: 'numeric', answer: 11, tolerance: 0 };
const approx: Key = { id: 'x', type: 'numeric', answer: 2.5, tolerance: 0.25 };

describe('numeric: definition', () => {
  it('defaults the tolerance to 0 and keys both', () => {
    const question = definition.schema.parse({ ...shared, id: 'n', type: 'numeric', answer: 11 });
    expect(definition.answerKey(question)).toEqual(exact);
  });
  it('shows the tolerance with the answer when there is one', async () => {
    expect(await definition.view({ ...shared, id: 'x', type: 'numeric', answer: 2.5, tolerance: 0.25 }, context())).toEqual({ answerHtml: '2.5 (± 0.25)' });
    expect(await definition.view({ ...shared, id: 'n', type: 'numeric', answer: 11, tolerance: 0 }, context())).toEqual({ answerHtml: '11' });
  });
});

describe('numeric: grading', () => {
  it('needs the exact number when there is no tolerance', () => {
    expect(gradeQuestion(exact, { text: '11' }).correct).toBe(true);
    expect(gradeQuestion(exact, { text: ' 11.0 ' }).correct).toBe(true);
    expect(gradeQuestion(exact, { text: '12' }).correct).toBe(false);
  });
  it('accepts answers within the tolerance, inclusive', () => {
    expect(gradeQuestion(approx, { text: '2.75' }).correct).toBe(true);
    expect(gradeQuestion(approx, { text: '2,3' }).correct).toBe(true);
    expect(gradeQuestion(approx, { text: '2.76' }).correct).toBe(false);
  });
  it('treats text that is not a number as wrong, and blank as unanswered', () => {
    expect(gradeQuestion(exact, { text: 'eleven' })).toEqual({ answered: true, correct: false });
    expect(gradeQuestion(exact, { text: '' })).toEqual({ answered: false, correct: false });
  });
  it('reads thousands separators and decimal commas', () => {
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('1 000 000')).toBe(1000000);
    expect(parseNumber('0,5')).toBe(0.5);
    expect(parseNumber('11 queries')).toBeNaN();
  });
  it('reads back saved text as typed, and refuses a number saved as a number', () => {
    expect(parseResponse(exact, { text: '1,000' })).toEqual({ text: '1,000' });
    expect(parseResponse(exact, { text: 11 })).toBeUndefined();
  });
});
