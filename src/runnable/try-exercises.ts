// For authors: runs exercises on the same Pyodide and Django as the site, and prints each check's
// verdict on the solution and the starter code, and on your own attempt with --code.
//
//   npm run exercise -- content/chapter-2/performance.exercises.yaml [exercise-id] [--code attempt.py]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { loadPyodide } from 'pyodide';
import { prepareRuntime, RUNTIME_DIR } from '../integrations/python-runtime.ts';
import { exerciseFileSchema } from '../schemas/exercise.ts';
import { bootDjango } from './boot.ts';
import { describeChecks, exerciseProblems } from './exercises.ts';

const args = process.argv.slice(2);
const codeFlag = args.indexOf('--code');
const attemptFile = codeFlag === -1 ? undefined : args.splice(codeFlag, 2)[1];
const [file, onlyId] = args;
if (!file) {
  console.error('Usage: npm run exercise -- content/<chapter>/<lesson>.exercises.yaml [exercise-id] [--code attempt.py]');
  process.exit(2);
}
const parsed = exerciseFileSchema.safeParse(load(readFileSync(file, 'utf8')));
if (!parsed.success) {
  console.error(`${file} does not match the exercise schema (the build names each field):\n${parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  process.exit(1);
}
const manifest = prepareRuntime(process.cwd());
const python = bootDjango(await loadPyodide({ indexURL: join(process.cwd(), RUNTIME_DIR, manifest.pyodide) }), new Uint8Array(readFileSync(join(RUNTIME_DIR, manifest.bundle))));
const indent = (lines: string[]) => lines.map((line) => `    ${line.replace(/\n/g, '\n    ')}`).join('\n');
let failed = 0;
for (const exercise of parsed.data.exercises.filter((candidate) => !onlyId || candidate.id === onlyId)) {
  console.log(`\n${exercise.id}: ${exercise.title}`);
  if (attemptFile) {
    console.log(`  your code (${attemptFile}):\n${indent(describeChecks(python.check(readFileSync(attemptFile, 'utf8'), exercise.fixture, exercise.checks)))}`);
    continue;
  }
  console.log(`  solution:\n${indent(describeChecks(python.check(exercise.solution, exercise.fixture, exercise.checks)))}`);
  console.log(`  starter:\n${indent(describeChecks(python.check(exercise.starter, exercise.fixture, exercise.checks)))}`);
  const problems = exerciseProblems({ file, id: exercise.id, fixture: exercise.fixture, starter: exercise.starter, solution: exercise.solution, checks: exercise.checks, starterFails: exercise.starter_fails }, python.check);
  failed += problems.length;
  console.log(problems.length ? `  PROBLEMS:\n${indent(problems)}` : '  ok: the solution passes every check; the starter fails with the intended message');
}
process.exit(failed > 0 ? 1 : 0);
