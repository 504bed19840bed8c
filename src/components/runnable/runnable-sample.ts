import type { RunResult } from '../../runnable/boot';
import type { WorkerReply } from './messages';
import { pageSandbox, stopPageSandbox } from './page-sandbox';
import { hideRunProgress, showRunProgress } from './run-progress';
import { groupQueries, queryCount, repeatNote, sqlSummary } from '../../lib/sql-groups';

/** Set once a sample on the page has run: Python is loaded, so later samples need not mention the download. */
let pythonLoaded = false;

/**
 * A Python sample with Run and Edit; Reset once the code differs from the lesson's, Stop while
 * edited code runs. The result takes the place of the expected output, so the page does not jump.
 */
class RunnableSample extends HTMLElement {
  #original = '';
  #title = 'sample';
  #codeFigure!: HTMLElement;
  #expected: HTMLElement | null = null;
  #editor: HTMLTextAreaElement | null = null;
  #panel: HTMLElement | null = null;
  #status!: HTMLElement;
  #running = false;

  connectedCallback() {
    const figures = [...this.querySelectorAll<HTMLElement>(':scope > figure.code-block')];
    this.#codeFigure = figures.find((figure) => figure.dataset.language === 'python') ?? figures[0]!;
    this.#expected = figures.find((figure) => figure !== this.#codeFigure) ?? null;
    this.#original = [...this.#codeFigure.querySelectorAll('.line')].map((line) => line.textContent ?? '').join('\n');
    this.#title = this.#codeFigure.querySelector('.code-title')?.textContent ?? 'sample';
    this.#status = this.querySelector('.runnable-status')!;
    const toolbar = this.querySelector<HTMLElement>('.runnable-toolbar')!;
    toolbar.hidden = false;
    this.#part('[data-first-run]').hidden = pythonLoaded;
    this.#button('run').setAttribute('aria-label', `Run: ${this.#title}`);
    this.#button('edit').setAttribute('aria-label', `Edit: ${this.#title}`);
    toolbar.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLButtonElement>('button')?.dataset.action;
      if (action === 'run') void this.#run();
      if (action === 'edit') this.#edit();
      if (action === 'reset') this.#reset();
      if (action === 'stop') this.#stop();
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.#run();
      }
    });
  }

  #part(selector: string) {
    return this.querySelector<HTMLElement>(selector) ?? document.createElement('span');
  }

  #button(action: string) {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }

  #code() {
    return this.#editor?.value ?? this.#original;
  }

  #edited() {
    return this.#code() !== this.#original;
  }

  /** Swaps the highlighted code for a plain editor holding the same text. */
  #edit() {
    if (this.#editor) {
      this.#editor.focus();
      return;
    }
    const editor = document.createElement('textarea');
    editor.className = 'runnable-editor';
    editor.value = this.#original;
    editor.spellcheck = false;
    // Python's indentation is its syntax: a soft-wrapped line would look like a dedented one.
    editor.wrap = 'off';
    editor.setAttribute('autocapitalize', 'off');
    editor.setAttribute('aria-label', `Code: ${this.#title} (Ctrl+Enter runs it)`);
    editor.rows = Math.min(30, this.#original.split('\n').length + 1);
    editor.addEventListener('input', () => this.#showEdited());
    this.#codeFigure.querySelector('pre')!.hidden = true;
    this.#codeFigure.append(editor);
    this.#editor = editor;
    this.#button('edit').hidden = true;
    editor.focus();
  }

  /** Reset appears once the code differs from the lesson's; the lesson's query count and SQL then no longer describe it. */
  #showEdited() {
    const edited = this.#edited();
    this.#button('reset').hidden = !edited;
    this.#part('[data-expected-queries]').hidden = edited;
    this.#part('[data-expected-sql]').hidden = edited || this.#panel !== null;
  }

  /** Back to the original code and the expected output. */
  #reset() {
    this.#editor?.remove();
    this.#editor = null;
    this.#codeFigure.querySelector('pre')!.hidden = false;
    this.#panel?.remove();
    this.#panel = null;
    if (this.#expected) this.#expected.hidden = false;
    this.#button('edit').hidden = false;
    this.#showEdited();
    this.#status.textContent = 'Code reset to the original.';
    this.#button('edit').focus();
  }

  #stop() {
    stopPageSandbox();
    this.#status.textContent = 'Stopped. Python will load again on the next run.';
  }

  async #run() {
    if (this.#running) return;
    this.#running = true;
    // aria-disabled rather than disabled: a disabled button drops the keyboard focus to <body>.
    const run = this.#button('run');
    run.setAttribute('aria-disabled', 'true');
    // Only edited code can loop forever; the lesson's own samples finish.
    this.#button('stop').hidden = !this.#edited();
    let reply: WorkerReply;
    try {
      const python = await pageSandbox(this);
      reply = await python.run(this.#code(), this.dataset.fixture, showRunProgress(this));
    } catch (error) {
      reply = { type: 'failed', id: 0, message: error instanceof Error ? error.message : String(error) };
    }
    this.#running = false;
    hideRunProgress(this);
    run.removeAttribute('aria-disabled');
    this.#button('stop').hidden = true;
    if (reply.type === 'result') {
      pythonLoaded = true;
      this.#part('[data-first-run]').hidden = true;
      this.#show(reply.result, reply.runMs);
    } else if (reply.type === 'failed' && reply.message !== 'Stopped.') this.#status.textContent = `Could not run the sample: ${reply.message}`;
  }

  /** Shows what the run printed, its error and its SQL where the expected output was, and says in words how it went. */
  #show(result: RunResult, runMs: number) {
    const panel = document.createElement('section');
    panel.className = 'runnable-output';
    panel.setAttribute('aria-label', `Result: ${this.#title}`);
    const heading = document.createElement('p');
    heading.className = 'runnable-output-title';
    heading.textContent = result.error ? 'Output (with an error)' : 'Output';
    panel.append(heading);
    if (result.output || !result.error) panel.append(this.#pre(result.output || '(nothing was printed)', 'runnable-stdout'));
    if (result.error) panel.append(this.#pre(result.error, 'runnable-error'));
    panel.append(this.#sqlList(result.queries));
    // In the place of what it replaces (the expected output, or the previous result).
    const before = this.#panel ?? this.#expected;
    if (before) before.after(panel);
    else this.#codeFigure.after(panel);
    this.#panel?.remove();
    if (this.#expected) this.#expected.hidden = true;
    this.#panel = panel;
    // The run's own SQL is in the panel now.
    this.#part('[data-expected-sql]').hidden = true;
    const errorName = result.error?.trim().split('\n').at(-1)?.split(':')[0];
    this.#status.textContent = result.error
      ? `Finished with an error (${errorName}) after ${queryCount(result.queries.length)}.`
      : `Ran in ${runMs} ms with ${queryCount(result.queries.length)}.`;
  }

  /** The SQL, statements of the same shape grouped with how many times they ran, in the order they first ran. */
  #sqlList(queries: string[]) {
    const groups = groupQueries(queries);
    const sql = document.createElement('details');
    sql.className = 'runnable-sql';
    const summary = document.createElement('summary');
    summary.textContent = sqlSummary(queries, groups);
    sql.append(summary);
    const list = document.createElement('ol');
    for (const group of groups) {
      const item = document.createElement('li');
      const note = repeatNote(group);
      if (note) {
        const times = document.createElement('p');
        times.className = 'runnable-query-count';
        times.textContent = note;
        item.append(times);
      }
      item.append(this.#pre(group.sql, 'runnable-query'));
      list.append(item);
    }
    sql.append(list);
    return sql;
  }

  #pre(text: string, className: string) {
    const pre = document.createElement('pre');
    pre.className = className;
    pre.tabIndex = 0;
    pre.textContent = text;
    return pre;
  }
}

customElements.define('runnable-sample', RunnableSample);
