import { describe, expect, it } from 'vitest';
import { gradeQuestion, parseResponse } from '../../../src/lib/quiz/grading';
import { definition } from '../../../src/question-types/multiple/definition';
import type { Key } from '../../../src/question-types/multiple/grading';
import { context, shared } from './support';

const key: Key = { id: 'm', type: 'multiple', correct: [0, 2], optionCount: 4 };
const question = (corrects: boolean[]) => definition.schema.parse({ ...shared, id: 'm', type: 'multiple', options: corrects.map((correct, n) => ({ text: `option ${n}`, correct })) });

describe('multiple choice: definition', () => {
  it('keys every correct option', () => {
    expect(definition.answerKey(question([true, false, true, false]))).toEqual(key);
  });
  it('needs at least one correct option', () => {
    expect(definition.problems(question([true, true]))).toEqual([]);
    expect(definition.problems(question([false, false]))).toEqual([{ message: 'this multiple-choice question has no correct option', fix: 'mark every right option with `correct: true`' }]);
  });
  it('lists every right option as the answer', async () => {
    const view = await definition.view(question([true, false, true]), context());
    expect(view.answerHtml).toBe('<ul><li>option 0</li><li>option 2</li></ul>');
    expect([...view.options.map((option) => option.index)].sort()).toEqual([0, 1, 2]);
  });
});

describe('multiple choice: grading', () => {
  it('is right only for exactly the correct options, in any order', () => {
    expect(gradeQuestion(key, { choices: [2, 0] }).correct).toBe(true);
  });
  it('is wrong for a partial selection or one extra option', () => {
    expect(gradeQuestion(key, { choices: [0] }).correct).toBe(false);
    expect(gradeQuestion(key, { choices: [0, 1, 2] }).correct).toBe(false);
  });
  it('counts no selection as unanswered', () => {
    expect(gradeQuestion(key, { choices: [] })).toEqual({ answered: false, correct: false });
  });
  it('reads back saved choices sorted and without repeats, and refuses an option that does not exist', () => {
    expect(parseResponse(key, { choices: [3, 0, 3] })).toEqual({ choices: [0, 3] });
    expect(parseResponse(key, { choices: [0, 9] })).toBeUndefined();
  });
});
