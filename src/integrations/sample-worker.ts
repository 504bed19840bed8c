// Runs in a worker thread started by sample-check.ts, on Node's own TypeScript support (hence the
// .ts in the imports): boots the Pyodide and Django the site ships and runs every sample once.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { bootDjango } from '../runnable/boot.ts';
import { sampleDrifts, type Sample } from '../runnable/samples.ts';

/** What sample-check.ts sends: where the runtime is, and the samples. */
export interface SampleWork {
  /** Folder of Pyodide's files. */
  pyodideDir: string;
  /** The Django bundle (zip). */
  bundle: string;
  samples: Sample[];
}

const { pyodideDir, bundle, samples } = workerData as SampleWork;
const python = bootDjango(await loadPyodide({ indexURL: pyodideDir }), new Uint8Array(readFileSync(bundle)));
parentPort!.postMessage(sampleDrifts(samples, python.run));
