/**
 * The yardstick (issue 19, goal 1): "floor" pages written into the served build in the same run,
 * so every figure of ours can be read as a ratio to what the same content costs at the least.
 *
 * - The lesson floor: the heaviest lesson's text (title, objectives, prose, code, exercises and
 *   quiz) as one plain HTML file: semantic tags only, no attributes, no CSS, no script, code as
 *   plain <pre>. Drawings (inline SVG) and controls are left out; a label's, a summary's or a
 *   textarea's text is kept as text (a <details> is opened into plain text).
 * - The runnable floor: bare Pyodide, loaded from the same runtime files the site ships, printing
 *   one line when a button is pressed.
 *
 * Both go under dist/bench-floor/, which the bench deletes when it is done.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath as executablePath } from './support.ts';

export const FLOOR_FOLDER = 'bench-floor';

/** The parts of a lesson page that are its content, in page order. */
const CONTENT = 'main header[data-pagefind-body], main .objectives, main article.prose, main section.exercises, main section.quiz';

/**
 * Writes the lesson floor for the page at `url` (read with JavaScript off, as the server sends it)
 * into `<dist>/bench-floor/lesson/index.html`; returns its path on the site.
 */
export async function writeLessonFloor(url: string, dist: string): Promise<string> {
  const browser = await chromium.launch({ ...(executablePath && { executablePath }), args: ['--disable-gpu'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const { title, lang, body } = await page.evaluate((selector) => {
      const KEEP = new Set('h1 h2 h3 h4 h5 h6 p ul ol li blockquote table thead tbody tr th td dl dt dd em strong code figure figcaption section'.split(' '));
      const DROP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'svg', 'BUTTON', 'NOSCRIPT', 'SELECT']);
      const copy = (node: Node, into: Node): void => {
        if (node.nodeType === Node.TEXT_NODE) {
          into.appendChild(document.createTextNode(node.textContent ?? ''));
          return;
        }
        if (!(node instanceof Element) || DROP.has(node.tagName) || node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return;
        const tag = node.tagName.toLowerCase();
        if (tag === 'pre' || tag === 'textarea') {
          const pre = document.createElement('pre');
          pre.textContent = tag === 'pre' ? (node.textContent ?? '') : (node as HTMLTextAreaElement).defaultValue;
          into.appendChild(pre);
          return;
        }
        if (tag === 'input') return;
        const target = KEEP.has(tag) ? into.appendChild(document.createElement(tag)) : tag === 'label' || tag === 'legend' || tag === 'summary' ? into.appendChild(document.createElement('p')) : into;
        for (const child of node.childNodes) copy(child, target);
      };
      const root = document.createElement('main');
      // A part inside another (the objectives inside the lesson header) is copied once, with it.
      const parts = [...document.querySelectorAll(selector)];
      for (const part of parts) if (!parts.some((other) => other !== part && other.contains(part))) copy(part, root);
      // Collapse runs of whitespace between blocks, as a hand-written file would have.
      const html = root.innerHTML.replace(/\n\s*\n+/g, '\n');
      return { title: document.title, lang: document.documentElement.lang, body: html };
    }, CONTENT);
    const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><meta name="description" content="Floor page for the benchmark: the lesson's text as plain HTML."><link rel="icon" href="data:,"></head><body><main>${body}</main></body></html>\n`;
    const folder = join(dist, FLOOR_FOLDER, 'lesson');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), html);
    return `/${FLOOR_FOLDER}/lesson/`;
  } finally {
    await browser.close();
  }
}

/**
 * Writes the runnable floor: a button that loads Pyodide from `<runtime><pyodide>` (the site's own
 * copy) and prints one line into an output element, whose text then starts with "Ran in".
 */
export function writeRunnableFloor(dist: string, runtimePath: string): string {
  const folder = join(dist, FLOOR_FOLDER, 'pyodide');
  mkdirSync(folder, { recursive: true });
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pyodide floor</title><link rel="icon" href="data:,"></head><body>
<button type="button" id="run">Run</button><output id="status" role="status"></output><pre id="out"></pre>
<script type="module">
const status = document.getElementById('status');
const out = document.getElementById('out');
let pyodide;
document.getElementById('run').addEventListener('click', async () => {
  const started = performance.now();
  if (!pyodide) {
    const { loadPyodide } = await import('${runtimePath}pyodide.mjs');
    pyodide = await loadPyodide({ indexURL: '${runtimePath}', stdout: (line) => (out.textContent += line + '\\n') });
  }
  pyodide.runPython('print("Hello from Python")');
  status.textContent = 'Ran in ' + Math.round(performance.now() - started) + ' ms';
});
</script></body></html>
`;
  writeFileSync(join(folder, 'index.html'), html);
  return `/${FLOOR_FOLDER}/pyodide/`;
}

/** Deletes the floor pages from the build. */
export const removeFloors = (dist: string) => rmSync(join(dist, FLOOR_FOLDER), { recursive: true, force: true });
