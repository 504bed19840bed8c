import type { Dom } from '../contract';
import { checkedInput, inputs, markOptions, resetOptions } from '../inputs';
import type { Key, Response } from './grading';

/** Radio buttons whose values are the options' indices in the quiz file. */
export const dom: Dom<Key, Response> = {
  read: (fieldset) => {
    const checked = checkedInput(fieldset);
    return { choice: checked ? Number(checked.value) : null };
  },
  write: (fieldset, { choice }) => inputs(fieldset).forEach((input) => (input.checked = Number(input.value) === choice)),
  mark: (fieldset, key) => markOptions(fieldset, (input) => Number(input.value) === key.correct),
  reset: (fieldset, _key, reshuffle) => resetOptions(fieldset, reshuffle),
};
