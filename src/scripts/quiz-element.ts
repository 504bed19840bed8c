import type { AnswerKey } from '../lib/quiz/answer-key';
import { gradeQuiz, type QuizResult } from '../lib/quiz/grading';
import type { AnyResponse, Responses } from '../lib/quiz/kind';
import { QuizStore, SAVED_QUIZ_VERSION } from '../lib/quiz/saved-quiz';
import { shuffledOrder } from '../lib/quiz/shuffle';

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

/** A section quiz: enables the server-rendered form, grades it, saves and restores answers. */
class CourseQuiz extends HTMLElement {
  #keys: AnswerKey[] = [];
  #store!: QuizStore;
  #hash = '';
  #best = 0;
  #checked = false;
  #form!: HTMLFormElement;

  connectedCallback() {
    this.#keys = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent ?? '[]');
    this.#hash = this.dataset.quizHash ?? '';
    this.#form = this.querySelector('form')!;
    this.#store = new QuizStore(safeLocalStorage(), this.dataset.quizId ?? '');

    for (const details of this.querySelectorAll<HTMLDetailsElement>('.quiz-answer')) details.hidden = true;
    this.querySelector<HTMLElement>('.quiz-actions')!.hidden = false;
    this.#setEnabled(this.#keys, true);

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#check();
    });
    this.#form.addEventListener('input', () => this.#save());
    this.#form.addEventListener('click', (event) => this.#onClick(event));
    this.#restore();
  }

  #fieldset(id: string) {
    return this.querySelector<HTMLFieldSetElement>(`fieldset[data-question-id="${CSS.escape(id)}"]`)!;
  }

  #responses(): Record<string, AnyResponse> {
    return Object.fromEntries(this.#keys.map((key) => [key.id, domOf(key).read(this.#fieldset(key.id))]));
  }

  #restore() {
    const state = this.#store.load(this.#keys, this.#hash);
    if (state.status === 'stale') this.#note('This quiz has changed since you last took it, so it starts fresh.');
    if (state.status === 'unreadable') this.#note('Your saved answers for this quiz could not be read, so the quiz starts fresh. The unreadable copy was kept aside.');
    if (!this.#store.canSave) this.#noteCannotSave();
    if (state.status !== 'restored') return;
    const { saved } = state;
    for (const key of this.#keys) {
      const response = saved.responses[key.id];
      if (response) domOf(key).write(this.#fieldset(key.id), response);
    }
    this.#best = saved.best;
    if (saved.checked) this.#showResults(gradeQuiz(this.#keys, this.#responses()), false);
    this.#showBest();
  }

  #check() {
    const result = gradeQuiz(this.#keys, this.#responses());
    this.#best = Math.max(this.#best, result.score);
    this.#showResults(result, true);
    this.#showBest();
    this.#save();
  }

  /** Shows each question's verdict and answer, locks the answers, and announces the score. */
  #showResults(result: QuizResult, moveFocus: boolean) {
    this.#checked = true;
    for (const key of this.#keys) {
      const fieldset = this.#fieldset(key.id);
      const { correct, answered } = result.results[key.id]!;
      fieldset.dataset.result = correct ? 'correct' : 'incorrect';
      const verdict = fieldset.querySelector<HTMLElement>('.quiz-verdict')!;
      verdict.textContent = correct ? 'Correct.' : answered ? 'Not quite.' : 'Not answered.';
      verdict.hidden = false;
      const answer = fieldset.querySelector<HTMLDetailsElement>('.quiz-answer')!;
      answer.hidden = false;
      answer.open = true;
      answer.querySelector('summary')!.textContent = 'Answer and explanation';
      this.#markOptions(fieldset, key);
    }
    this.#setEnabled(this.#keys, false);
    const missed = result.total - result.score;
    const score = this.querySelector<HTMLElement>('.quiz-score')!;
    score.textContent = `You got ${result.score} of ${result.total} right.${missed === 0 ? ' Well done: full marks.' : ` ${missed} to review: read the explanations, then retry the missed questions.`}`;
    this.querySelector<HTMLElement>('[data-action="retry"]')!.hidden = missed === 0;
    this.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = true;
    if (moveFocus) score.focus();
  }

  /** After checking, marks the right options and a wrong choice, in words as well as colour. */
  #markOptions(fieldset: HTMLFieldSetElement, key: AnswerKey) {
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

  #clearResults(fieldset: HTMLFieldSetElement) {
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

  /** Keeps the right answers; clears and reshuffles the rest so they are answered afresh. */
  #retryMissed() {
    const missed = this.#keys.filter((key) => this.#fieldset(key.id).dataset.result !== 'correct');
    for (const key of missed) {
      const fieldset = this.#fieldset(key.id);
      this.#clearResults(fieldset);
      this.#resetAnswer(fieldset, key, true);
    }
    this.#afterReset(missed);
  }

  #startOver() {
    for (const key of this.#keys) {
      const fieldset = this.#fieldset(key.id);
      this.#clearResults(fieldset);
      this.#resetAnswer(fieldset, key, false);
    }
    this.#afterReset(this.#keys);
  }

  #afterReset(reopened: AnswerKey[]) {
    this.#checked = false;
    this.querySelector<HTMLElement>('.quiz-score')!.textContent = '';
    this.querySelector<HTMLElement>('[data-action="retry"]')!.hidden = true;
    this.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;
    this.#setEnabled(reopened, true);
    this.#save();
    const first = reopened[0] && this.#fieldset(reopened[0].id).querySelector<HTMLElement>('input:not([disabled]), button:not([disabled])');
    first?.focus();
  }

  /** Clears a question's answer; with `reshuffle`, shows its options or items in a new order. */
  #resetAnswer(fieldset: HTMLFieldSetElement, key: AnswerKey, reshuffle: boolean) {
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

  #setEnabled(keys: AnswerKey[], enabled: boolean) {
    for (const key of keys) {
      for (const control of this.#fieldset(key.id).querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) control.disabled = !enabled;
    }
  }

  #onClick(event: Event) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.action === 'retry') this.#retryMissed();
    else if (button.dataset.action === 'reset') this.#startOver();
    else if (button.dataset.move) this.#move(button, button.dataset.move === 'up' ? -1 : 1);
  }

  /** Moves an ordering item one place, keeps focus on a usable button, and says where it went. */
  #move(button: HTMLButtonElement, step: -1 | 1) {
    const item = button.closest('li')!;
    const list = item.parentElement!;
    const items = [...list.children];
    const from = items.indexOf(item);
    const to = from + step;
    if (to < 0 || to >= items.length) {
      this.#announce(`Already ${step < 0 ? 'first' : 'last'}.`);
      return;
    }
    if (step < 0) list.insertBefore(item, items[to]!);
    else list.insertBefore(item, items[to]!.nextSibling);
    button.focus();
    const text = item.querySelector('.order-text')?.textContent?.trim() ?? 'Item';
    this.#announce(`${text}: now ${to + 1} of ${items.length}.`);
    this.#save();
  }

  #announce(message: string) {
    const announcer = this.querySelector<HTMLElement>('[data-announcer]')!;
    announcer.textContent = message;
  }

  #save() {
    const saved = this.#store.save({ version: SAVED_QUIZ_VERSION, hash: this.#hash, responses: this.#responses(), checked: this.#checked, best: this.#best });
    if (!saved) this.#noteCannotSave();
  }

  #showBest() {
    const best = this.querySelector<HTMLElement>('.quiz-best')!;
    best.textContent = `Your best score: ${this.#best} of ${this.#keys.length}.`;
    best.hidden = false;
  }

  #note(message: string) {
    const note = this.querySelector<HTMLElement>('.quiz-note')!;
    note.textContent = note.hidden ? message : `${note.textContent} ${message}`;
    note.hidden = false;
  }

  #noteCannotSave() {
    const note = this.querySelector<HTMLElement>('.quiz-note')!;
    if (note.dataset.cannotSave) return;
    note.dataset.cannotSave = 'true';
    this.#note('This browser is not letting the course save your answers (private browsing, or storage is full or blocked). The quiz still works; your answers will be gone when you leave the page.');
  }
}

/** localStorage, or undefined where merely touching it throws (some privacy settings). */
function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

customElements.define('course-quiz', CourseQuiz);
