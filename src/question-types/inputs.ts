import { shuffledOrder } from '../primitives/shuffle';

/** Browser helpers shared by the dom.ts of the types whose answers are inputs: options and typed text. */

/** The question's inputs, in document order. */
export const inputs = (fieldset: HTMLFieldSetElement) => [...fieldset.querySelectorAll<HTMLInputElement>('input')];

/** The chosen option's input, if any. */
export const checkedInput = (fieldset: HTMLFieldSetElement) => inputs(fieldset).find((input) => input.checked);

/** After checking, marks the right options and a wrong choice, in words as well as colour. */
export function markOptions(fieldset: HTMLFieldSetElement, isRight: (input: HTMLInputElement) => boolean) {
  for (const input of inputs(fieldset)) {
    const label = input.closest('label')!;
    const state = isRight(input) ? 'right' : input.checked ? 'wrong' : '';
    label.dataset.mark = state;
    label.querySelector('.option-mark')?.remove();
    if (state) {
      const mark = document.createElement('span');
      mark.className = 'option-mark';
      mark.textContent = state === 'right' ? (input.checked ? ' (your choice: right)' : ' (right answer)') : ' (your choice: wrong)';
      label.append(mark);
    }
  }
}

/** Clears every option; with `reshuffle`, shows the options in a new order. */
export function resetOptions(fieldset: HTMLFieldSetElement, reshuffle: boolean) {
  for (const input of inputs(fieldset)) input.checked = false;
  if (!reshuffle) return;
  const options = fieldset.querySelector('.quiz-options')!;
  const labels = [...options.querySelectorAll('label')];
  for (const index of shuffledOrder(labels.length, Math.random)) options.append(labels[index]!);
}

/** A typed answer in the question's one text input (short and numeric questions). */
export const textAnswer = {
  read: (fieldset: HTMLFieldSetElement) => ({ text: inputs(fieldset)[0]!.value }),
  write: (fieldset: HTMLFieldSetElement, { text }: { text: string }) => {
    inputs(fieldset)[0]!.value = text;
  },
  mark: () => {},
  reset: (fieldset: HTMLFieldSetElement) => {
    inputs(fieldset)[0]!.value = '';
  },
};
