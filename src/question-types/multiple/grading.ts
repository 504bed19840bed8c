import { isIndex, isRecord } from '../../primitives/guards';
import type { Grading, KeyBase } from '../contract';

export interface Key extends KeyBase<'multiple'> {
  /** The indices of the correct options in the quiz file. */
  correct: number[];
  optionCount: number;
}

export interface Response {
  /** The chosen options' indices in the quiz file. */
  choices: number[];
}

/** "Select all that apply": right only when exactly the correct options are chosen. */
export const grading: Grading<Key, Response> = {
  empty: () => ({ choices: [] }),
  isAnswered: (response) => response.choices.length > 0,
  isCorrect: (key, response) => {
    const chosen = new Set(response.choices);
    return chosen.size === key.correct.length && key.correct.every((index) => chosen.has(index));
  },
  parse: (key, value) => {
    if (!isRecord(value) || !Array.isArray(value.choices)) return undefined;
    const choices: unknown[] = value.choices;
    if (!choices.every((choice) => isIndex(choice, key.optionCount))) return undefined;
    return { choices: [...new Set(choices as number[])].sort((a, b) => a - b) };
  },
};
