import type { CheckResult, RunResult } from '../../runnable/boot';

/**
 * What the page and the Python worker say to each other, over a MessageChannel the page opens
 * (src/components/runnable/sandbox-document.ts). The worker runs untrusted code, so the page
 * checks the shape of everything it receives (isWorkerMessage) and serves it only runtime files.
 */

/** Where the runtime is, relative to the runtime folder. */
export interface RuntimeLocation {
  /** Pyodide's folder inside it, e.g. "pyodide-314.0.7/". */
  pyodide: string;
  /** The Django bundle's file name. */
  bundle: string;
}

/** Page to worker. */
export type WorkerRequest =
  /** Runs code; with `checks` (an exercise's, Python), runs them after it and returns their verdicts. */
  | { type: 'run'; id: number; code: string; fixture?: string | undefined; checks?: string | undefined; runtime: RuntimeLocation }
  /** A runtime file's bytes, or null if it could not be had. */
  | { type: 'file'; id: number; bytes: ArrayBuffer | null; status: string };

/** Worker to page. */
export type WorkerReply =
  | { type: 'progress'; id: number; stage: string }
  | { type: 'ready'; id: number; bootMs: number }
  | { type: 'result'; id: number; result: RunResult & { checks?: CheckResult[] }; runMs: number }
  | { type: 'failed'; id: number; message: string }
  /** Asks for a runtime file by its path inside the runtime folder. */
  | { type: 'file'; id: number; path: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCheckResult = (value: unknown): value is CheckResult =>
  isRecord(value) && typeof value.title === 'string' && typeof value.passed === 'boolean' && typeof value.message === 'string' && typeof value.broken === 'boolean';

/** Whether a message from the worker has one of the shapes above. */
export function isWorkerMessage(data: unknown): data is WorkerReply {
  if (!isRecord(data) || typeof data.id !== 'number') return false;
  switch (data.type) {
    case 'progress':
      return typeof data.stage === 'string';
    case 'ready':
      return typeof data.bootMs === 'number';
    case 'failed':
      return typeof data.message === 'string';
    case 'file':
      return typeof data.path === 'string';
    case 'result': {
      const result = data.result;
      return typeof data.runMs === 'number' && isRecord(result) && typeof result.output === 'string' && (result.error === null || result.error === undefined || typeof result.error === 'string') && isStrings(result.queries) && (result.checks === undefined || (Array.isArray(result.checks) && result.checks.every(isCheckResult)));
    }
    default:
      return false;
  }
}

/** The runtime files the worker may ask for: Pyodide's and the Django bundle, nothing else. */
export function isRuntimeFile(path: string, runtime: RuntimeLocation): boolean {
  const pyodideFile = path.startsWith(runtime.pyodide) && /^[\w.-]+$/.test(path.slice(runtime.pyodide.length));
  return pyodideFile || path === runtime.bundle;
}
