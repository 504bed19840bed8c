import type { PythonSandbox } from './python-sandbox';

/**
 * One sandbox for the whole page (./python-sandbox.ts, loaded on the first Run or Check): Python
 * and Django load once and every sample and exercise reuses them. Stopping ends it; the next run
 * starts a new one. `element` carries where the runtime is (data-runtime, data-pyodide, data-bundle).
 */
let sandbox: Promise<PythonSandbox> | undefined;

export function pageSandbox(element: HTMLElement): Promise<PythonSandbox> {
  sandbox ??= import('./python-sandbox').then(({ PythonSandbox }) => new PythonSandbox(element.dataset.runtime!, { pyodide: element.dataset.pyodide!, bundle: element.dataset.bundle! }));
  return sandbox;
}

export function stopPageSandbox() {
  void sandbox?.then((running) => running.stop());
}
