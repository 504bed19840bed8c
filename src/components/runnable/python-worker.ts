/// <reference lib="webworker" />
import { bootDjango, type PythonRuntime } from '../../runnable/boot';
import type { RuntimeLocation, WorkerReply, WorkerRequest } from './messages';

/**
 * Runs Python off the main thread, so the page never freezes. It starts inside the sandbox frame
 * (./sandbox-document.ts) with an opaque origin and no network: it talks only to the page, over
 * the MessagePort the frame hands it, and asks the page for each runtime file, which the page
 * fetches from the site (through the service worker, so a runtime once loaded works offline).
 * Pyodide and Django load on the first request and are reused after.
 */
let port: MessagePort | undefined;
let python: Promise<PythonRuntime> | undefined;
let nextFileId = 1;
const files = new Map<number, (bytes: ArrayBuffer | null, status: string) => void>();

const reply = (message: WorkerReply) => port?.postMessage(message);

/** A runtime file's bytes, from the page. */
function runtimeFile(path: string): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const id = nextFileId++;
    files.set(id, (bytes, status) => {
      files.delete(id);
      if (bytes) resolve(bytes);
      else reject(new Error(`Could not load ${path} (${status})`));
    });
    reply({ type: 'file', id, path });
  });
}

/** Pyodide asks for its files by URL: under this made-up address, they come from the page. */
const RUNTIME_URL = 'https://runtime.invalid/';
const TYPES: [RegExp, string][] = [
  [/\.wasm$/, 'application/wasm'],
  [/\.json$/, 'application/json'],
  [/\.m?js$/, 'text/javascript'],
];

/** fetch() for this worker: runtime files from the page, nothing else (the frame's policy blocks the network anyway). */
async function sandboxFetch(input: RequestInfo | URL): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith(RUNTIME_URL)) throw new TypeError(`This sandbox has no network: ${url}`);
  const path = url.slice(RUNTIME_URL.length);
  const type = TYPES.find(([pattern]) => pattern.test(path))?.[1] ?? 'application/octet-stream';
  return new Response(await runtimeFile(path), { headers: { 'Content-Type': type } });
}

/** Imports an ES module from its bytes (the frame's policy allows blob: scripts, not the network). */
async function importBytes(bytes: ArrayBuffer): Promise<Record<string, unknown>> {
  const url = URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
  try {
    return (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function boot(runtime: RuntimeLocation, id: number): Promise<PythonRuntime> {
  const started = performance.now();
  reply({ type: 'progress', id, stage: 'Loading Python…' });
  const [loader, asm] = await Promise.all([runtimeFile(`${runtime.pyodide}pyodide.mjs`), runtimeFile(`${runtime.pyodide}pyodide.asm.mjs`)]);
  const { loadPyodide } = (await importBytes(loader)) as typeof import('pyodide');
  const createPyodideModule = (await importBytes(asm)).default as NonNullable<NonNullable<Parameters<typeof loadPyodide>[0]>['createPyodideModule']>;
  const bundleRequest = runtimeFile(runtime.bundle);
  const pyodide = await loadPyodide({ indexURL: `${RUNTIME_URL}${runtime.pyodide}`, createPyodideModule });
  reply({ type: 'progress', id, stage: 'Loading Django…' });
  const runtimeReady = bootDjango(pyodide, new Uint8Array(await bundleRequest));
  reply({ type: 'ready', id, bootMs: Math.round(performance.now() - started) });
  return runtimeReady;
}

async function onRequest(event: MessageEvent<WorkerRequest>) {
  const request = event.data;
  if (request.type === 'file') {
    files.get(request.id)?.(request.bytes, request.status);
    return;
  }
  try {
    python ??= boot(request.runtime, request.id);
    const runtime = await python;
    reply({ type: 'progress', id: request.id, stage: 'Running…' });
    const started = performance.now();
    const result = request.checks === undefined ? runtime.run(request.code, request.fixture) : runtime.check(request.code, request.fixture, request.checks);
    reply({ type: 'result', id: request.id, result, runMs: Math.round(performance.now() - started) });
  } catch (error) {
    python = undefined;
    reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

self.fetch = sandboxFetch as typeof fetch;
// The frame hands over the page's end of the channel once, before anything else.
addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
  if (port || event.data?.type !== 'connect' || !event.ports[0]) return;
  port = event.ports[0];
  port.addEventListener('message', (message: MessageEvent<WorkerRequest>) => void onRequest(message));
  port.start();
});
