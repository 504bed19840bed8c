/// <reference lib="webworker" />
import { bootDjango, type PythonRuntime } from '../../runnable/boot';
import type { RuntimeLocation, WorkerReply, WorkerRequest } from './messages';

/**
 * Runs Python off the main thread, so the page never freezes. Pyodide and Django load on the
 * first request and are reused after; every file comes from the site's own runtime folder.
 */
let python: Promise<PythonRuntime> | undefined;

const reply = (message: WorkerReply) => postMessage(message);

async function boot(runtime: RuntimeLocation, id: number): Promise<PythonRuntime> {
  const started = performance.now();
  reply({ type: 'progress', id, stage: 'Loading Python…' });
  const pyodideUrl = new URL(`${runtime.base}${runtime.pyodide}`, location.origin).href;
  const { loadPyodide } = (await import(/* @vite-ignore */ `${pyodideUrl}pyodide.mjs`)) as typeof import('pyodide');
  const bundleRequest = fetch(`${runtime.base}${runtime.bundle}`);
  const pyodide = await loadPyodide({ indexURL: pyodideUrl });
  reply({ type: 'progress', id, stage: 'Loading Django…' });
  const bundle = await bundleRequest;
  if (!bundle.ok) throw new Error(`Could not load Django (${bundle.status} for ${runtime.bundle})`);
  const runtimeReady = bootDjango(pyodide, new Uint8Array(await bundle.arrayBuffer()));
  reply({ type: 'ready', id, bootMs: Math.round(performance.now() - started) });
  return runtimeReady;
}

addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    python ??= boot(request.runtime, request.id);
    const runtime = await python;
    reply({ type: 'progress', id: request.id, stage: 'Running…' });
    const started = performance.now();
    const result = runtime.run(request.code, request.fixture);
    reply({ type: 'result', id: request.id, result, runMs: Math.round(performance.now() - started) });
  } catch (error) {
    python = undefined;
    reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
});
