import type { RunResult } from '../../runnable/boot';
import type { WorkerReply } from './messages';
import { pageSandbox, stopPageSandbox } from './page-sandbox';

const queryCount = (count: number) => `${count} SQL ${count === 1 ? 'query' : 'queries'}`;

/** A Python sample with Run, Edit, Reset and Stop, and a panel for output, errors and SQL. */
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

  #button(action: string) {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }

  #code() {
    return this.#editor?.value ?? this.#original;
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
    editor.setAttribute('autocapitalize', 'off');
    editor.setAttribute('aria-label', `Code: ${this.#title} (Ctrl+Enter runs it)`);
    editor.rows = Math.min(30, this.#original.split('\n').length + 1);
    this.#codeFigure.querySelector('pre')!.hidden = true;
    this.#codeFigure.append(editor);
    this.#editor = editor;
    this.#button('edit').hidden = true;
    this.#button('reset').hidden = false;
    editor.focus();
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
    this.#button('reset').hidden = true;
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
    const run = this.#button('run');
    run.disabled = true;
    this.#button('stop').hidden = false;
    this.#button('reset').hidden = false;
    let reply: WorkerReply;
    try {
      const python = await pageSandbox(this);
      reply = await python.run(this.#code(), this.dataset.fixture, (stage) => (this.#status.textContent = stage));
    } catch (error) {
      reply = { type: 'failed', id: 0, message: error instanceof Error ? error.message : String(error) };
    }
    this.#running = false;
    run.disabled = false;
    this.#button('stop').hidden = true;
    if (reply.type === 'result') this.#show(reply.result, reply.runMs);
    else if (reply.type === 'failed' && reply.message !== 'Stopped.') this.#status.textContent = `Could not run the sample: ${reply.message}`;
  }

  /** Shows what the run printed, its error and its SQL, and says in words how it went. */
  #show(result: RunResult, runMs: number) {
    this.#panel?.remove();
    const panel = document.createElement('section');
    panel.className = 'runnable-output';
    panel.setAttribute('aria-label', `Result: ${this.#title}`);
    const heading = document.createElement('p');
    heading.className = 'runnable-output-title';
    heading.textContent = result.error ? 'Output (with an error)' : 'Output';
    panel.append(heading);
    if (result.output || !result.error) panel.append(this.#pre(result.output || '(nothing was printed)', 'runnable-stdout'));
    if (result.error) panel.append(this.#pre(result.error, 'runnable-error'));
    const sql = document.createElement('details');
    sql.className = 'runnable-sql';
    const summary = document.createElement('summary');
    summary.textContent = queryCount(result.queries.length);
    sql.append(summary);
    const list = document.createElement('ol');
    for (const query of result.queries) {
      const item = document.createElement('li');
      item.append(this.#pre(query, 'runnable-query'));
      list.append(item);
    }
    sql.append(list);
    panel.append(sql);
    if (this.#expected) this.#expected.hidden = true;
    this.append(panel);
    this.#panel = panel;
    const errorName = result.error?.trim().split('\n').at(-1)?.split(':')[0];
    this.#status.textContent = result.error
      ? `Finished with an error (${errorName}) after ${queryCount(result.queries.length)}.`
      : `Ran in ${runMs} ms with ${queryCount(result.queries.length)}.`;
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
