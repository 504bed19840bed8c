import type { QuestionResult } from '../../lib/quiz/grading';
import { domOf } from '../../question-types/dom';
import type { AnswerKey, AnyResponse } from '../../question-types/registry';

/**
 * One rendered question (a fieldset from QuizQuestion.astro) in the browser: reading and writing
 * its answer, showing its result, resetting it. Shared by section quizzes and the review session,
 * so a question behaves the same in both. What differs by type is in the type's dom.ts.
 */

export const questionFieldset = (root: ParentNode, id: string) => root.querySelector<HTMLFieldSetElement>(`fieldset[data-question-id="${CSS.escape(id)}"]`)!;

export const readResponse = (fieldset: HTMLFieldSetElement, key: AnswerKey): AnyResponse => domOf(key).read(fieldset);
export const writeResponse = (fieldset: HTMLFieldSetElement, key: AnswerKey, response: AnyResponse) => domOf(key).write(fieldset, response);

/** Enables a question's inputs and buttons (they are rendered disabled, for readers without JavaScript). */
export function setQuestionEnabled(fieldset: HTMLFieldSetElement, enabled: boolean) {
  for (const control of fieldset.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = !enabled;
}

/**
 * Shows a question's verdict and its answer with the explanation, and marks the options. In a quiz
 * a right answer's explanation stays one click away, so the score and the missed questions are not
 * pushed down the page; `openExplanation` opens it anyway (the review shows one question at a time).
 */
export function showResult(fieldset: HTMLFieldSetElement, key: AnswerKey, { correct, answered }: QuestionResult, openExplanation = !correct) {
  fieldset.dataset.result = correct ? 'correct' : 'incorrect';
  const verdict = fieldset.querySelector<HTMLElement>('.quiz-verdict')!;
  verdict.textContent = correct ? 'Correct.' : answered ? 'Not quite.' : 'Not answered.';
  verdict.hidden = false;
  const answer = fieldset.querySelector<HTMLDetailsElement>('.quiz-answer')!;
  answer.hidden = false;
  answer.open = openExplanation;
  answer.querySelector('summary')!.textContent = 'Answer and explanation';
  domOf(key).mark(fieldset, key);
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
  for (const marked of fieldset.querySelectorAll<HTMLElement>('[data-mark]')) {
    delete marked.dataset.mark;
    marked.querySelector('.option-mark')?.remove();
  }
}

/** Clears a question's answer; with `reshuffle`, shows its options or items in a new order. */
export const resetAnswer = (fieldset: HTMLFieldSetElement, key: AnswerKey, reshuffle: boolean) => domOf(key).reset(fieldset, key, reshuffle);

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
