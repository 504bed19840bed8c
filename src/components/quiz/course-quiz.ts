import type { AnswerKey, AnyResponse } from '../../question-types/registry';
import { gradeQuiz, type QuizResult } from '../../lib/quiz/grading';
import { restoreQuiz } from '../../lib/quiz/saved-quiz';
import { saveQuiz, scheduleAnswers } from '../../lib/progress/record';
import type { ProgressStore } from '../../lib/progress/progress-store';
import type { Progress } from '../../lib/progress/types';
import { storageNotices } from '../../lib/wording';
import { onProgressChange, openProgressStore, storageNotes } from '../progress/local-progress';
import { hideResult, moveOrderingItem, questionFieldset, readResponse, resetAnswer, setQuestionEnabled, showResult, writeResponse } from './quiz-question';

/** A section quiz: enables the server-rendered form, grades it, saves and restores answers. */
class CourseQuiz extends HTMLElement {
  #keys: AnswerKey[] = [];
  #store!: ProgressStore;
  #quizId = '';
  #hash = '';
  #best = 0;
  #checked = false;
  /** This quiz's saved record as this page last read or wrote it, to notice changes made elsewhere. */
  #seen: string | undefined;
  /** True while this quiz saves: the change event that fires then is its own. */
  #saving = false;
  #form!: HTMLFormElement;

  connectedCallback() {
    this.#keys = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent ?? '[]');
    this.#hash = this.dataset.quizHash ?? '';
    this.#quizId = this.dataset.quizId ?? '';
    this.#form = this.querySelector('form')!;
    this.#store = openProgressStore();

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
    if (!this.#store.probe()) this.#noteCannotSave();
    onProgressChange(() => this.#follow());
  }

  #fieldset(id: string) {
    return questionFieldset(this, id);
  }

  #responses(): Record<string, AnyResponse> {
    return Object.fromEntries(this.#keys.map((key) => [key.id, readResponse(this.#fieldset(key.id), key)]));
  }

  /** Shows the saved state of this quiz: on load, and again when another tab or a restored page changed it. */
  #restore() {
    const progress = this.#store.load();
    const saved = progress.lessons[this.#quizId]?.quiz;
    this.#seen = JSON.stringify(saved);
    const state = restoreQuiz(saved, this.#keys, this.#hash);
    this.#noteCannotSave();
    if (state.status === 'stale') this.#note('This quiz has changed since you last took it, so it starts fresh.');
    if (state.status === 'unreadable') this.#note('Your saved answers for this quiz do not fit its questions, so the quiz starts fresh.');
    if (state.status !== 'restored') return;
    const { saved: restored } = state;
    for (const key of this.#keys) {
      const response = restored.responses[key.id];
      if (response) writeResponse(this.#fieldset(key.id), key, response);
    }
    this.#best = restored.best;
    if (restored.checked) this.#showResults(gradeQuiz(this.#keys, this.#responses()), false);
    // The same meaning of "taken" as the sidebar and progress page: a best score exists once the quiz was checked, and a retry keeps it.
    if (restored.taken) this.#showBest();
  }

  /** Follows a change saved elsewhere (another tab, or while this page was in the back/forward cache). */
  #follow() {
    if (this.#saving) return;
    const saved = this.#store.load().lessons[this.#quizId]?.quiz;
    // A failed read is no reason to clear the answers on screen.
    if (this.#store.blocked === 'readFailed' || JSON.stringify(saved) === this.#seen) return;
    this.#best = 0;
    this.querySelector<HTMLElement>('.quiz-best')!.hidden = true;
    for (const key of this.#keys) {
      const fieldset = this.#fieldset(key.id);
      hideResult(fieldset);
      resetAnswer(fieldset, key, false);
    }
    this.#clearResults();
    this.#setEnabled(this.#keys, true);
    this.#restore();
  }

  #check() {
    const result = gradeQuiz(this.#keys, this.#responses());
    this.#best = Math.max(this.#best, result.score);
    this.#showResults(result, true);
    // Each answered question joins the review schedule: a miss is due at once, a right answer later.
    this.#save((progress, now) => scheduleAnswers(progress, this.#quizId, result.results, now));
    this.#showBest();
  }

  /** Shows each question's verdict and answer, locks the answers, and announces the score. */
  #showResults(result: QuizResult, moveFocus: boolean) {
    this.#checked = true;
    for (const key of this.#keys) showResult(this.#fieldset(key.id), key, result.results[key.id]!);
    this.#setEnabled(this.#keys, false);
    const missed = result.total - result.score;
    const score = this.querySelector<HTMLElement>('.quiz-score')!;
    score.textContent = `You got ${result.score} of ${result.total} right.${missed === 0 ? ' Well done: full marks.' : ` ${missed} to review: read the explanations, then retry the missed questions.`}`;
    this.querySelector<HTMLElement>('[data-action="retry"]')!.hidden = missed === 0;
    this.#listMissed(result);
    this.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = true;
    if (moveFocus) score.focus();
  }

  /** Keeps the right answers; clears and reshuffles the rest so they are answered afresh. */
  #retryMissed() {
    const missed = this.#keys.filter((key) => this.#fieldset(key.id).dataset.result !== 'correct');
    for (const key of missed) {
      const fieldset = this.#fieldset(key.id);
      hideResult(fieldset);
      resetAnswer(fieldset, key, true);
    }
    this.#afterReset(missed);
  }

  #startOver() {
    for (const key of this.#keys) {
      const fieldset = this.#fieldset(key.id);
      hideResult(fieldset);
      resetAnswer(fieldset, key, false);
    }
    this.#afterReset(this.#keys);
  }

  /** Links to the questions missed, so the learner can go straight to their explanations. */
  #listMissed(result: QuizResult) {
    const list = this.querySelector<HTMLElement>('.quiz-missed')!;
    const missed = this.#keys.flatMap((key, index) => (result.results[key.id]!.correct ? [] : [{ key, number: index + 1 }]));
    const links = missed.map(({ key, number }) => {
      const link = document.createElement('a');
      link.href = `#${key.id}-prompt`;
      link.textContent = `Question ${number}`;
      return link;
    });
    list.replaceChildren(...(links.length ? ['Missed: ', ...links.flatMap((link, index) => (index ? [', ', link] : [link])), '.'] : []));
    list.hidden = links.length === 0;
  }

  #clearResults() {
    this.#checked = false;
    this.querySelector<HTMLElement>('.quiz-missed')!.hidden = true;
    this.querySelector<HTMLElement>('.quiz-score')!.textContent = '';
    this.querySelector<HTMLElement>('[data-action="retry"]')!.hidden = true;
    this.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled = false;
  }

  #afterReset(reopened: AnswerKey[]) {
    this.#clearResults();
    this.#setEnabled(reopened, true);
    this.#save();
    const first = reopened[0] && this.#fieldset(reopened[0].id).querySelector<HTMLElement>('input:not([disabled]), button:not([disabled])');
    first?.focus();
  }

  #setEnabled(keys: AnswerKey[], enabled: boolean) {
    for (const key of keys) setQuestionEnabled(this.#fieldset(key.id), enabled);
  }

  #onClick(event: Event) {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.action === 'retry') this.#retryMissed();
    else if (button.dataset.action === 'reset') this.#startOver();
    else if (button.dataset.move) {
      this.querySelector<HTMLElement>('[data-announcer]')!.textContent = moveOrderingItem(button) ?? '';
      this.#save();
    }
  }

  /** Saves the answers as they stand, with any further change to progress (such as the review schedule). */
  #save(alsoChange: (progress: Progress, now: Date) => Progress = (progress) => progress) {
    const now = new Date();
    const quiz = { hash: this.#hash, responses: this.#responses(), checked: this.#checked, best: this.#best };
    // saveQuiz merges with what is saved now, so a better score from another tab is kept.
    this.#saving = true;
    const saved = this.#store.update((progress) => alsoChange(saveQuiz(progress, this.#quizId, quiz, now), now))?.lessons[this.#quizId]?.quiz;
    this.#saving = false;
    if (!saved) return this.#noteCannotSave();
    this.#seen = JSON.stringify(saved);
    this.#best = saved.best;
  }

  #showBest() {
    const best = this.querySelector<HTMLElement>('.quiz-best')!;
    best.textContent = `Your best score: ${this.#best} of ${this.#keys.length}.`;
    best.hidden = false;
  }

  #note(message: string) {
    const note = this.querySelector<HTMLElement>('.quiz-note')!;
    if (note.textContent?.includes(message)) return;
    note.textContent = note.hidden ? message : `${note.textContent} ${message}`;
    note.hidden = false;
  }

  /** Says what went wrong with saved progress and why answers are not being saved, once each. */
  #noteCannotSave() {
    for (const message of storageNotes(this.#store, storageNotices.cannotSaveAnswers)) this.#note(message);
  }
}

customElements.define('course-quiz', CourseQuiz);
