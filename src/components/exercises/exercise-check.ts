import type { CheckResult } from '../../runnable/boot';
import { clearExerciseDraft, draftFits, recordExerciseCheck, saveExerciseDraft } from '../../lib/progress/record';
import { MAX_DRAFT_CHARS } from '../../lib/progress/types';
import type { ExerciseChecks } from '../../lib/exercises/view';
import { plural } from '../../lib/wording';
import { openProgressStore } from '../progress/local-progress';
import { pageSandbox, stopPageSandbox } from '../runnable/page-sandbox';
import { hideRunProgress, showRunProgress } from '../runnable/run-progress';

/** A lesson's checks, fetched once per page on the first Check. */
const checksByUrl = new Map<string, Promise<ExerciseChecks>>();

function lessonChecks(url: string): Promise<ExerciseChecks> {
  let checks = checksByUrl.get(url);
  if (!checks) {
    checks = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`the checks could not be loaded (HTTP ${response.status})`);
      return response.json() as Promise<ExerciseChecks>;
    });
    // A failed load is tried again on the next Check.
    checks.catch(() => checksByUrl.delete(url));
    checksByUrl.set(url, checks);
  }
  return checks;
}

/** Waits this long after the last keystroke before saving a draft. */
const DRAFT_DELAY_MS = 800;

/**
 * <exercise-check>: the editor (starting from the learner's saved draft, if any), Check, Reset,
 * Stop, hints one at a time, and the solution once the learner has checked their code once.
 * Checking runs the code and then the exercise's checks in the page's Python sandbox; the result
 * and the draft are saved in the learner's progress.
 */
class ExerciseCheck extends HTMLElement {
  #store = openProgressStore();
  #starter = '';
  #editor!: HTMLTextAreaElement;
  #status!: HTMLElement;
  #running = false;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;

  get #exerciseId() {
    return this.dataset.exercise!;
  }

  get #lessonId() {
    return this.dataset.lesson!;
  }

  connectedCallback() {
    const code = this.querySelector<HTMLElement>('.exercise-code')!;
    this.#starter = [...code.querySelectorAll('pre .line')].map((line) => line.textContent ?? '').join('\n');
    this.#status = this.querySelector('.exercise-status')!;
    const saved = this.#store.load().lessons[this.#lessonId]?.exercises?.[this.#exerciseId];
    this.#editor = this.#createEditor(saved?.draft ?? this.#starter);
    const starter = code.querySelector('pre')!;
    // Loaded on intent (exercise-loader.ts): the learner may already be on the starter code.
    const hadFocus = starter.contains(document.activeElement);
    starter.replaceWith(this.#editor);
    if (hadFocus) this.#editor.focus();
    this.#part('.exercise-label').textContent = 'Your code';
    this.querySelector<HTMLElement>('.exercise-toolbar')!.hidden = false;
    this.#button('reset').hidden = this.#editor.value === this.#starter;
    if (saved?.draft !== undefined && saved.draft !== this.#starter) this.#status.textContent = 'Your draft from last time is back. Reset brings back the starter code.';
    if (saved?.passed) this.#showHeading('You passed this exercise before.');
    this.#setSolutionOpen((saved?.attempts ?? 0) > 0);
    this.#setUpHints();
    this.querySelector('.exercise-toolbar')!.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLButtonElement>('button')?.dataset.action;
      if (action === 'check') void this.#check();
      if (action === 'reset') this.#reset();
      if (action === 'stop') this.#stop();
      if (action === 'hint') this.#nextHint();
    });
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  #button(action: string) {
    return this.#part<HTMLButtonElement>(`[data-action="${action}"]`);
  }

  #createEditor(text: string): HTMLTextAreaElement {
    const editor = document.createElement('textarea');
    editor.className = 'runnable-editor';
    editor.value = text;
    editor.spellcheck = false;
    // Python's indentation is its syntax: a soft-wrapped line would look like a dedented one.
    editor.wrap = 'off';
    editor.setAttribute('autocapitalize', 'off');
    editor.setAttribute('aria-label', `Code: ${this.dataset.title} (Ctrl+Enter checks it)`);
    editor.rows = Math.min(30, Math.max(this.#starter.split('\n').length, text.split('\n').length) + 2);
    editor.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.#check();
      }
    });
    editor.addEventListener('input', () => {
      this.#button('reset').hidden = editor.value === this.#starter;
      clearTimeout(this.#draftTimer);
      this.#draftTimer = setTimeout(() => this.#saveDraft(), DRAFT_DELAY_MS);
    });
    return editor;
  }

  #saveDraft() {
    clearTimeout(this.#draftTimer);
    const code = this.#editor.value;
    if (!draftFits(code)) {
      this.#status.textContent = `This code is too long to keep as a draft (over ${MAX_DRAFT_CHARS.toLocaleString('en')} characters): the last shorter version stays saved.`;
      return;
    }
    this.#store.update((progress) => (code === this.#starter ? clearExerciseDraft(progress, this.#lessonId, this.#exerciseId, new Date()) : saveExerciseDraft(progress, this.#lessonId, this.#exerciseId, code, new Date())));
  }

  /** Without JavaScript every hint is a disclosure; with it, the button reveals them one at a time. */
  #setUpHints() {
    const hints = [...this.querySelectorAll<HTMLLIElement>('.exercise-hints > li')];
    for (const hint of hints) hint.hidden = true;
    this.#updateHintButton();
  }

  #nextHint() {
    const next = this.querySelector<HTMLLIElement>('.exercise-hints > li[hidden]');
    if (!next) return;
    next.hidden = false;
    const details = next.querySelector('details')!;
    details.open = true;
    details.querySelector('summary')!.focus();
    this.#updateHintButton();
  }

  #updateHintButton() {
    const hints = this.querySelectorAll('.exercise-hints > li');
    const shown = this.querySelectorAll('.exercise-hints > li:not([hidden])').length;
    const button = this.#button('hint');
    button.hidden = shown === hints.length;
    button.textContent = shown === 0 ? `Show a hint (1 of ${hints.length})` : `Show the next hint (${shown + 1} of ${hints.length})`;
  }

  #setSolutionOpen(open: boolean) {
    this.#part('.exercise-solution').hidden = !open;
    this.#part('.exercise-locked').hidden = open;
  }

  #showHeading(text: string) {
    const results = this.#part('.exercise-results');
    results.hidden = false;
    this.#part('[data-results-title]').textContent = text;
  }

  #reset() {
    this.#editor.value = this.#starter;
    this.#button('reset').hidden = true;
    this.#saveDraft();
    this.#status.textContent = 'The starter code is back.';
    this.#editor.focus();
  }

  #stop() {
    stopPageSandbox();
    this.#status.textContent = 'Stopped. Python will load again on the next check.';
  }

  async #check() {
    if (this.#running) return;
    this.#running = true;
    const code = this.#editor.value;
    this.#saveDraft();
    // aria-disabled rather than disabled: a disabled button drops the keyboard focus to <body>.
    this.#button('check').setAttribute('aria-disabled', 'true');
    this.#button('stop').hidden = false;
    try {
      const [checks, python] = await Promise.all([lessonChecks(this.dataset.checks!), pageSandbox(this)]);
      const source = checks[this.#exerciseId];
      if (source === undefined) throw new Error('this exercise has no checks on the site (it may have changed since the page loaded: reload it)');
      const reply = await python.run(code, this.dataset.fixture, showRunProgress(this), source);
      if (reply.type === 'result') this.#showResult(code, reply.result.checks ?? [], reply.result.error, reply.result.output);
      else if (reply.type === 'failed' && reply.message !== 'Stopped.') this.#status.textContent = `Could not check the code: ${reply.message}`;
    } catch (error) {
      this.#status.textContent = `Could not check the code: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.#running = false;
      hideRunProgress(this);
      this.#button('check').removeAttribute('aria-disabled');
      this.#button('stop').hidden = true;
    }
  }

  #showResult(code: string, checks: CheckResult[], error: string | null, output: string) {
    const passed = error === null && checks.length > 0 && checks.every((check) => check.passed);
    const right = checks.filter((check) => check.passed).length;
    const summary = error !== null ? 'Your code stopped with an error before the checks could run.' : passed ? `All ${plural(checks.length, 'check')} passed.` : `${right} of ${plural(checks.length, 'check')} passed.`;
    this.#showHeading(summary);
    const list = this.#part('.exercise-checks');
    list.replaceChildren(
      ...checks.map((check) => {
        const item = document.createElement('li');
        item.className = check.passed ? 'exercise-check-passed' : 'exercise-check-failed';
        const title = document.createElement('strong');
        title.textContent = `${check.passed ? '✓ Passed' : '✗ Not yet'}: ${check.title}`;
        item.append(title);
        if (check.message) {
          const message = document.createElement('p');
          message.textContent = check.message;
          item.append(message);
        }
        return item;
      }),
    );
    // What the learner's code printed, for their own debugging; the checks read it too.
    const printed = this.#part('[data-printed]');
    printed.hidden = output === '';
    printed.querySelector('pre')!.textContent = output;
    const errorBlock = this.#part('.exercise-error');
    errorBlock.hidden = error === null;
    errorBlock.textContent = error ?? '';
    const saved = this.#store.update((progress) => recordExerciseCheck(progress, this.#lessonId, this.#exerciseId, { passed, code }, new Date()));
    this.#setSolutionOpen(true);
    this.#status.textContent = `${summary}${saved ? '' : ' (This browser is not keeping your progress.)'}`;
  }
}

customElements.define('exercise-check', ExerciseCheck);
