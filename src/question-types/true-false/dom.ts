import type { Dom } from '../contract';
import { checkedInput, inputs, markOptions, resetOptions } from '../inputs';
import type { Key, Response } from './grading';

/** Two radio buttons, valued "true" and "false"; never reshuffled. */
export const dom: Dom<Key, Response> = {
  read: (fieldset) => {
    const checked = checkedInput(fieldset);
    return { value: checked ? checked.value === 'true' : null };
  },
  write: (fieldset, { value }) => inputs(fieldset).forEach((input) => (input.checked = value !== null && input.value === String(value))),
  mark: (fieldset, key) => markOptions(fieldset, (input) => input.value === String(key.answer)),
  reset: (fieldset) => resetOptions(fieldset, false),
};
