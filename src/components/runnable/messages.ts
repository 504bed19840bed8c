import type { RunResult } from '../../runnable/boot';

/** Where the worker finds the runtime, relative to the site. */
export interface RuntimeLocation {
  /** e.g. "/course/runtime/" */
  base: string;
  /** Pyodide's folder inside it, e.g. "pyodide-314.0.7/". */
  pyodide: string;
  /** The Django bundle's file name. */
  bundle: string;
}

/** Page to worker. */
export type WorkerRequest = { type: 'run'; id: number; code: string; fixture?: string | undefined; runtime: RuntimeLocation };

/** Worker to page. */
export type WorkerReply =
  | { type: 'progress'; id: number; stage: string }
  | { type: 'ready'; id: number; bootMs: number }
  | { type: 'result'; id: number; result: RunResult; runMs: number }
  | { type: 'failed'; id: number; message: string };
