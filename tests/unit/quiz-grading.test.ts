import { describe, expect, it } from 'vitest';
import { gradeQuestion, gradeQuiz, parseResponse } from '../../src/lib/quiz/grading';
import type { AnswerKey } from '../../src/question-types/registry';

// Each type's own grading rules are tested beside it, in tests/unit/question-types/.
const single: AnswerKey = { id: 's', type: 'single', correct: 2, optionCount: 3 };
const short: AnswerKey = { id: 'a', type: 'short', accept: ['select_related'] };
const ordering: AnswerKey = { id: 'o', type: 'ordering', itemCount: 4 };

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

describe('gradeQuestion', () => {
  it("grades by the key's type", () => {
    expect(gradeQuestion(short, { text: 'Select_Related' })).toEqual({ answered: true, correct: true });
    expect(gradeQuestion(single, { choice: 0 })).toEqual({ answered: true, correct: false });
  });
});

describe('parseResponse', () => {
  it("checks a saved value against the key's type", () => {
    expect(parseResponse(single, { choice: 1 })).toEqual({ choice: 1 });
    expect(parseResponse(single, { text: 'x' })).toBeUndefined();
    expect(parseResponse(short, { choice: 1 })).toBeUndefined();
  });
});
