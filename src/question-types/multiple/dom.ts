import type { Dom } from '../contract';
import { inputs, markOptions, resetOptions } from '../inputs';
import type { Key, Response } from './grading';

/** Checkboxes whose values are the options' indices in the quiz file. */
export const dom: Dom<Key, Response> = {
  read: (fieldset) => ({ choices: inputs(fieldset).filter((input) => input.checked).map((input) => Number(input.value)) }),
  write: (fieldset, { choices }) => inputs(fieldset).forEach((input) => (input.checked = choices.includes(Number(input.value)))),
  mark: (fieldset, key) => markOptions(fieldset, (input) => key.correct.includes(Number(input.value))),
  reset: (fieldset, _key, reshuffle) => resetOptions(fieldset, reshuffle),
};
