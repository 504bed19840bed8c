// Runs in a worker thread started by sample-check.ts, on Node's own TypeScript support (hence the
// .ts in the imports): boots the Pyodide and Django the site ships and runs every sample once,
// and every exercise's solution and starter code against its checks.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { loadPyodide } from 'pyodide';
import { bootDjango } from '../runnable/boot.ts';
import { checkSamples, type Sample } from '../runnable/samples.ts';
import { exerciseProblems, type ExerciseCase } from '../runnable/exercises.ts';

/** What sample-check.ts sends: where the runtime is, and the samples. */
export interface SampleWork {
  /** Folder of Pyodide's files. */
  pyodideDir: string;
  /** The Django bundle (zip). */
  bundle: string;
  samples: Sample[];
  exercises: ExerciseCase[];
}

/** What the worker sends back: what is wrong with the samples and with the exercises. */
export interface SampleCheckResult {
  drifts: string[];
  /** The SQL each sample ran, by sampleKey. */
  sql: Record<string, string[]>;
  exerciseProblems: string[];
}

const { pyodideDir, bundle, samples, exercises } = workerData as SampleWork;
const python = bootDjango(await loadPyodide({ indexURL: pyodideDir }), new Uint8Array(readFileSync(bundle)));
const result: SampleCheckResult = { ...checkSamples(samples, python.run), exerciseProblems: exercises.flatMap((exercise) => exerciseProblems(exercise, python.check)) };
parentPort!.postMessage(result);
