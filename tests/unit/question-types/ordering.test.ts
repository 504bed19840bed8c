import { describe, expect, it } from 'vitest';
import { gradeQuestion, parseResponse } from '../../../src/lib/quiz/grading';
import { definition } from '../../../src/question-types/ordering/definition';
import type { Key } from '../../../src/question-types/ordering/grading';
import { context, shared } from './support';

const key: Key = { id: 'o', type: 'ordering', itemCount: 4 };
const question = (items: string[]) => definition.schema.parse({ ...shared, id: 'o', type: 'ordering', items });

describe('ordering: definition', () => {
  it('keys only the number of items', () => {
    expect(definition.answerKey(question(['a', 'b', 'c']))).toEqual({ id: 'o', type: 'ordering', itemCount: 3 });
  });
  it('needs at least 3 items', () => {
    expect(definition.problems(question(['first', 'second', 'third']))).toEqual([]);
    expect(definition.problems(question(['first', 'second']))).toEqual([{ message: 'this ordering question has 2 items', fix: 'list at least 3 items, in the right order' }]);
  });
  it('shows the items shuffled, and the right order as the answer', async () => {
    const view = await definition.view(question(['one', 'two', 'three', 'four']), context());
    expect(view.items.map((item) => item.index)).not.toEqual([0, 1, 2, 3]);
    expect(view.answerHtml).toBe('<ol><li>one</li><li>two</li><li>three</li><li>four</li></ol>');
  });
});

describe('ordering: grading', () => {
  it('is right only when every item is in its place', () => {
    expect(gradeQuestion(key, { order: [0, 1, 2, 3] }).correct).toBe(true);
    expect(gradeQuestion(key, { order: [0, 2, 1, 3] }).correct).toBe(false);
    expect(gradeQuestion(key, { order: [3, 2, 1, 0] }).correct).toBe(false);
  });
  it('never counts a missing order as right', () => {
    expect(gradeQuestion(key, undefined)).toEqual({ answered: false, correct: false });
  });
  it('reads back a saved order that is a permutation of the items, and refuses any other', () => {
    expect(parseResponse(key, { order: [3, 1, 0, 2] })).toEqual({ order: [3, 1, 0, 2] });
    expect(parseResponse(key, { order: [0, 0, 1, 2] })).toBeUndefined();
    expect(parseResponse(key, { order: [0, 1, 2] })).toBeUndefined();
  });
});
