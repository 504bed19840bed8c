import type { PyodideAPI } from 'pyodide';

/** What a sample run gives back. */
export interface RunResult {
  /** What the sample printed. */
  output: string;
  /** The traceback, trimmed to the sample's own lines, when it failed. */
  error: string | null;
  /** Every SQL query the sample ran, formatted for reading. */
  queries: string[];
}

/** One check of an exercise, after the learner's code ran. */
export interface CheckResult {
  /** What the check looks for, as the exercise names it. */
  title: string;
  passed: boolean;
  /** Why it did not pass, in a sentence for the learner; empty when it passed. */
  message: string;
  /** The check's own code failed on this code (not a verdict): the build refuses such exercises' reference and starter code. */
  broken: boolean;
}

/** An exercise run: the learner's code as a sample, then each check (none when the code itself failed). */
export interface ExerciseResult extends RunResult {
  checks: CheckResult[];
}

/** A booted Python with Django, ready to run samples. */
export interface PythonRuntime {
  run(code: string, fixture?: string): RunResult;
  /** Runs a learner's code, then an exercise's checks (Python source) on what it left. */
  check(code: string, fixture: string | undefined, checks: string): ExerciseResult;
  /** Whether code compiles as Python (for checks of the course's code blocks). */
  compiles(code: string): string | null;
}

/** The part of Pyodide's API used here, so the same boot code serves the browser and Node. */
type Pyodide = Pick<PyodideAPI, 'unpackArchive' | 'runPython' | 'globals'>;

/** course_runner.run_sample as Pyodide hands it to JavaScript. */
type RunSample = (code: string, fixture: string | null) => PyResult<RunResult>;
type RunExercise = (code: string, fixture: string | null, checks: string) => PyResult<ExerciseResult>;
type PyResult<T> = { toJs(options: object): T; destroy(): void };

/** A run's result as plain JavaScript (dicts to objects), freeing the proxy. Python's None arrives as undefined: `error` is made null, as the type says. */
function toPlain<T extends RunResult>(proxy: PyResult<T>): T {
  const result = proxy.toJs({ dict_converter: Object.fromEntries });
  proxy.destroy();
  return { ...result, error: result.error ?? null };
}

/** Where the bundle is unpacked: the course runner, Django and the fixture apps. */
const APP_ROOT = '/home/pyodide/course';

/**
 * Unpacks the Django bundle into a freshly loaded Pyodide and configures Django. `progress`
 * reports each stage, so the page can say what is happening during the first, slow run.
 */
export function bootDjango(pyodide: Pyodide, bundle: Uint8Array): PythonRuntime {
  pyodide.unpackArchive(bundle, 'zip', { extractDir: APP_ROOT });
  pyodide.runPython(`
import sys
sys.path.insert(0, ${JSON.stringify(APP_ROOT)})
import course_runner
course_runner.configure(${JSON.stringify(APP_ROOT)})

def _course_compiles(code):
    try:
        compile(code, "<code block>", "exec")
        return None
    except SyntaxError as error:
        return f"line {error.lineno}: {error.msg}"
`);
  // Taken once, now: a sample that rebinds course_runner.run_sample changes nothing here.
  const runner = pyodide.globals.get('course_runner') as { run_sample: RunSample; run_exercise: RunExercise; restore_baseline: () => void };
  const runSample = runner.run_sample;
  const runExercise = runner.run_exercise;
  const restoreBaseline = runner.restore_baseline;
  const compiles = pyodide.globals.get('_course_compiles') as (code: string) => string | null;
  return {
    run(code, fixture) {
      // Each run starts from the state configure() left, whatever earlier samples changed.
      restoreBaseline();
      return toPlain(runSample(code, fixture ?? null));
    },
    check(code, fixture, checks) {
      restoreBaseline();
      return toPlain(runExercise(code, fixture ?? null, checks));
    },
    // Python's None arrives as undefined.
    compiles: (code) => compiles(code) ?? null,
  };
}
