import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import { extractSamples, formatDrifts, shareSampleResult, shareSampleSql, type Sample } from '../runnable/samples';
import { prepareRuntime, RUNTIME_DIR } from './python-runtime';
import type { SampleCheckResult, SampleWork } from './sample-worker';
import { load } from 'js-yaml';
import { plural } from '../lib/wording';
import { exerciseFileSchema } from '../schemas/exercise';
import { formatExerciseProblems, type ExerciseCase } from '../runnable/exercises';

/**
 * The build runs every runnable sample once (issue 15: a wrong query count or output used to build
 * fine and show readers the wrong figure until `npm test`). The samples run in a worker thread
 * from the start of `astro build`, alongside bundling and rendering, with the same Pyodide and
 * Django the site ships; `finish()` waits for them after the pages are written and fails the build
 * naming each sample that drifted. When the content checks stop the build first, they wait for
 * this result and report drifted samples in the same message (see shareSampleResult). A run that passed is remembered in
 * Astro's cache folder by a hash of the runtime and the samples, so an unchanged rebuild (the
 * second build of `npm test`) does not run them again; a cold build always does.
 */
export function startSampleCheck(root: string, cacheDir: string, logger: AstroIntegrationLogger): { finish: () => Promise<void> } {
  const samples = lessonSamples(root);
  const exercises = lessonExercises(root);
  const runtime = prepareRuntime(root, (message) => logger.info(message));
  const key = createHash('sha256')
    .update(JSON.stringify([runtime.bundle, runtime.pyodideVersion, samples.map(({ code, fixture, queries, expectedOutput }) => [code, fixture, queries, expectedOutput]), exercises]))
    .digest('hex');
  const passed = join(cacheDir, 'enterprise-django', 'samples-passed.json');
  const remembered = readPassed(passed);
  if (remembered?.key === key) {
    shareSampleSql(Promise.resolve(remembered.sql));
    logger.info(`Runnable samples and exercises: ${plural(samples.length, 'sample')} and ${plural(exercises.length, 'exercise')} unchanged since they last ran as their lessons say`);
    return { finish: async () => {} };
  }
  const started = performance.now();
  const work: SampleWork = { pyodideDir: join(root, RUNTIME_DIR, runtime.pyodide), bundle: join(root, RUNTIME_DIR, runtime.bundle), samples, exercises };
  const worker = new Worker(join(root, 'src/integrations/sample-worker.ts'), { workerData: work });
  let shareSql: (sql: Record<string, string[]>) => void = () => {};
  const sql = new Promise<Record<string, string[]>>((resolve) => (shareSql = resolve));
  const result = new Promise<string | null>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The runnable sample check stopped before it finished (exit code ${code})`)));
    worker.once('message', ({ drifts, sql: ran, exerciseProblems }: SampleCheckResult) => {
      void worker.terminate();
      shareSql(ran);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const messages = [...(drifts.length > 0 ? [formatDrifts(drifts)] : []), ...(exerciseProblems.length > 0 ? [formatExerciseProblems(exerciseProblems)] : [])];
      if (messages.length > 0) {
        resolve(messages.join('\n\n'));
        return;
      }
      mkdirSync(dirname(passed), { recursive: true });
      writeFileSync(passed, JSON.stringify({ key, sql: ran } satisfies Passed));
      logger.info(`Runnable samples and exercises: ${plural(samples.length, 'sample')} ran as their lessons say; ${plural(exercises.length, 'exercise')} passed with their solutions and failed as intended with their starter code (${seconds} s, alongside the build)`);
      resolve(null);
    });
  });
  // Unhandled until finish() awaits it; a rejection before then must not crash the build on its own.
  result.catch(() => {});
  // Pages wait for the SQL to list it (Runnable.astro); a failed run gives them none rather than no end.
  result.then(() => shareSql({}), () => shareSql({}));
  shareSampleResult(result);
  shareSampleSql(sql);
  return {
    finish: async () => {
      const problem = await result;
      if (problem) throw new Error(problem);
    },
  };
}

/** The course's lesson files whose names end in `ending` (content/<chapter>/*<ending>), as project-relative paths with their text. */
function lessonFolderFiles(root: string, ending: string): { file: string; text: string }[] {
  const content = join(root, 'content');
  return readdirSync(content, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'fixtures')
    .flatMap((folder) =>
      readdirSync(join(content, folder.name))
        .filter((name) => name.endsWith(ending))
        .sort()
        .map((name) => ({ file: `content/${folder.name}/${name}`, text: readFileSync(join(content, folder.name, name), 'utf8') })),
    );
}

/** Every `<Runnable>` in the course's lessons. */
const lessonSamples = (root: string): Sample[] => lessonFolderFiles(root, '.mdx').flatMap(({ file, text }) => extractSamples(file, text));

/**
 * Every exercise in the course's `<lesson>.exercises.yaml` files. A file that fails its schema is
 * left out here: the content check reports it with its file and field.
 */
const lessonExercises = (root: string): ExerciseCase[] =>
  lessonFolderFiles(root, '.exercises.yaml').flatMap(({ file, text }) =>
    (exerciseFileSchema.safeParse(load(text)).data?.exercises ?? []).map(({ id, fixture, starter, solution, checks, starter_fails }) => ({ file, id, fixture, starter, solution, checks, starterFails: starter_fails })),
  );

/** What a passing run leaves in Astro's cache: its key, and the SQL each sample ran, which pages list. */
interface Passed {
  key: string;
  sql: Record<string, string[]>;
}

function readPassed(file: string): Passed | undefined {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Passed) : undefined;
  } catch {
    return undefined;
  }
}
