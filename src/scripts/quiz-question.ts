import type { AnswerKey } from '../lib/quiz/answer-key';
import type { QuestionResult } from '../lib/quiz/grading';
import type { AnyResponse, Responses } from '../lib/quiz/kind';
import { shuffledOrder } from '../lib/quiz/shuffle';

/**
 * One rendered question (a fieldset from QuizQuestion.astro) in the browser: reading and writing
 * its answer, showing its result, resetting it. Shared by section quizzes and the review session,
 * so a question behaves the same in both.
 */

/** Reads and writes one question type's answer in its fieldset. */
interface QuestionDom<T extends keyof Responses> {
  read(fieldset: HTMLFieldSetElement): Responses[T];
  write(fieldset: HTMLFieldSetElement, response: Responses[T]): void;
}

const inputs = (fieldset: HTMLFieldSetElement) => [...fieldset.querySelectorAll<HTMLInputElement>('input')];
const orderList = (fieldset: HTMLFieldSetElement) => fieldset.querySelector<HTMLOListElement>('.quiz-order')!;
const orderItems = (fieldset: HTMLFieldSetElement) => [...orderList(fieldset).children] as HTMLLIElement[];

const choiceDom: QuestionDom<'single'> = {
  read: (fieldset) => {
    const checked = inputs(fieldset).find((input) => input.checked);
    return { choice: checked ? Number(checked.value) : null };
  },
  write: (fieldset, { choice }) => inputs(fieldset).forEach((input) => (input.checked = Number(input.value) === choice)),
};

// Short and numeric answers are both typed text; they share one response shape.
const textDom: QuestionDom<'short'> & QuestionDom<'numeric'> = {
  read: (fieldset) => ({ text: inputs(fieldset)[0]!.value }),
  write: (fieldset, { text }) => (inputs(fieldset)[0]!.value = text),
};

/** Each question type's DOM handling, looked up by type like the graders. */
const dom: { [T in keyof Responses]: QuestionDom<T> } = {
  single: choiceDom,
  multiple: {
    read: (fieldset) => ({ choices: inputs(fieldset).filter((input) => input.checked).map((input) => Number(input.value)) }),
    write: (fieldset, { choices }) => inputs(fieldset).forEach((input) => (input.checked = choices.includes(Number(input.value)))),
  },
  'true-false': {
    read: (fieldset) => {
      const checked = inputs(fieldset).find((input) => input.checked);
      return { value: checked ? checked.value === 'true' : null };
    },
    write: (fieldset, { value }) => inputs(fieldset).forEach((input) => (input.checked = value !== null && input.value === String(value))),
  },
  short: textDom,
  numeric: textDom,
  ordering: {
    read: (fieldset) => ({ order: orderItems(fieldset).map((item) => Number(item.dataset.index)) }),
    write: (fieldset, { order }) => {
      const list = orderList(fieldset);
      const byIndex = new Map(orderItems(fieldset).map((item) => [Number(item.dataset.index), item]));
      for (const index of order) list.append(byIndex.get(index)!);
    },
  },
};

type Dom = QuestionDom<keyof Responses>;
const domOf = (key: AnswerKey) => dom[key.type] as unknown as Dom;

export const questionFieldset = (root: ParentNode, id: string) => root.querySelector<HTMLFieldSetElement>(`fieldset[data-question-id="${CSS.escape(id)}"]`)!;

export const readResponse = (fieldset: HTMLFieldSetElement, key: AnswerKey): AnyResponse => domOf(key).read(fieldset);
export const writeResponse = (fieldset: HTMLFieldSetElement, key: AnswerKey, response: AnyResponse) => domOf(key).write(fieldset, response);

/** Enables a question's inputs and buttons (they are rendered disabled, for readers without JavaScript). */
export function setQuestionEnabled(fieldset: HTMLFieldSetElement, enabled: boolean) {
  for (const control of fieldset.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = !enabled;
}

/** Shows a question's verdict and its answer with the explanation, and marks the options. */
export function showResult(fieldset: HTMLFieldSetElement, key: AnswerKey, { correct, answered }: QuestionResult) {
  fieldset.dataset.result = correct ? 'correct' : 'incorrect';
  const verdict = fieldset.querySelector<HTMLElement>('.quiz-verdict')!;
  verdict.textContent = correct ? 'Correct.' : answered ? 'Not quite.' : 'Not answered.';
  verdict.hidden = false;
  const answer = fieldset.querySelector<HTMLDetailsElement>('.quiz-answer')!;
  answer.hidden = false;
  answer.open = true;
  answer.querySelector('summary')!.textContent = 'Answer and explanation';
  markOptions(fieldset, key);
}

/** After checking, marks the right options and a wrong choice, in words as well as colour. */
function markOptions(fieldset: HTMLFieldSetElement, key: AnswerKey) {
  if (key.type !== 'single' && key.type !== 'multiple' && key.type !== 'true-false') return;
  for (const input of inputs(fieldset)) {
    const label = input.closest('label')!;
    const isRight =
      key.type === 'true-false' ? input.value === String(key.answer) : key.type === 'single' ? Number(input.value) === key.correct : key.correct.includes(Number(input.value));
    const state = isRight ? 'right' : input.checked ? 'wrong' : '';
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

/** Hides a question's verdict and answer again. */
export function hideResult(fieldset: HTMLFieldSetElement) {
  delete fieldset.dataset.result;
  const verdict = fieldset.querySelector<HTMLElement>('.quiz-verdict')!;
  verdict.hidden = true;
  verdict.textContent = '';
  const answer = fieldset.querySelector<HTMLDetailsElement>('.quiz-answer')!;
  answer.hidden = true;
  answer.open = false;
  for (const label of fieldset.querySelectorAll<HTMLElement>('label[data-mark]')) {
    delete label.dataset.mark;
    label.querySelector('.option-mark')?.remove();
  }
}

/** Clears a question's answer; with `reshuffle`, shows its options or items in a new order. */
export function resetAnswer(fieldset: HTMLFieldSetElement, key: AnswerKey, reshuffle: boolean) {
  if (key.type === 'ordering') {
    const list = orderList(fieldset);
    const initial = (list.dataset.initial ?? '').split(',').map(Number);
    dom.ordering.write(fieldset, { order: reshuffle ? shuffledOrder(key.itemCount, Math.random).map((position) => initial[position]!) : initial });
    return;
  }
  for (const input of inputs(fieldset)) {
    input.checked = false;
    if (input.type === 'text') input.value = '';
  }
  if (reshuffle && (key.type === 'single' || key.type === 'multiple')) {
    const options = fieldset.querySelector('.quiz-options')!;
    const labels = [...options.querySelectorAll('label')];
    for (const index of shuffledOrder(labels.length, Math.random)) options.append(labels[index]!);
  }
}

/**
 * Moves an ordering item one place, keeps focus on the button, and returns what to announce.
 * Returns undefined for a click that is not on a Move button.
 */
export function moveOrderingItem(target: EventTarget | null): string | undefined {
  const button = (target as Element | null)?.closest<HTMLButtonElement>('button[data-move]');
  if (!button) return undefined;
  const step = button.dataset.move === 'up' ? -1 : 1;
  const item = button.closest('li')!;
  const list = item.parentElement!;
  const items = [...list.children];
  const from = items.indexOf(item);
  const to = from + step;
  if (to < 0 || to >= items.length) return `Already ${step < 0 ? 'first' : 'last'}.`;
  if (step < 0) list.insertBefore(item, items[to]!);
  else list.insertBefore(item, items[to]!.nextSibling);
  button.focus();
  const text = item.querySelector('.order-text')?.textContent?.trim() ?? 'Item';
  return `${text}: now ${to + 1} of ${items.length}.`;
}
