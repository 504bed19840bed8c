import { describe, expect, it } from 'vitest';
import { gradeQuestion, parseResponse } from '../../../src/lib/quiz/grading';
import { definition } from '../../../src/question-types/true-false/definition';
import type { Key } from '../../../src/question-types/true-false/grading';
import { context, shared } from './support';

const key: Key = { id: 't', type: 'true-false', answer: false };

describe('true / false: definition', () => {
  it('keys the answer and shows it in words', async () => {
    const question = definition.schema.parse({ ...shared, id: 't', type: 'true-false', answer: false });
    expect(definition.answerKey(question)).toEqual(key);
    expect(await definition.view(question, context())).toEqual({ answerHtml: 'False' });
    expect(definition.problems(question)).toEqual([]);
  });
});

describe('true / false: grading', () => {
  it('grades the statement, and no answer as unanswered', () => {
    expect(gradeQuestion(key, { value: false }).correct).toBe(true);
    expect(gradeQuestion(key, { value: true }).correct).toBe(false);
    expect(gradeQuestion(key, { value: null }).answered).toBe(false);
  });
  it('reads back a saved true, false or nothing, and refuses anything else', () => {
    expect(parseResponse(key, { value: true })).toEqual({ value: true });
    expect(parseResponse(key, { value: null })).toEqual({ value: null });
    expect(parseResponse(key, { value: 'false' })).toBeUndefined();
  });
});
