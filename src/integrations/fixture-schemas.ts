import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { jsonModule } from './json-module';
import { fixtureSchemasSchema, type FixtureSchema } from '../schemas/fixture-schema';
import { RUNTIME_DIR, prepareRuntime } from './python-runtime';

/** The module the diagrams import to get the fixture apps' tables (see src/env.d.ts). */
export const FIXTURE_SCHEMAS_MODULE = 'virtual:course/fixture-schemas';

/**
 * Asks Django itself for the tables of every fixture app: runs describe_fixtures.py with plain
 * Python on the runtime bundle the samples run (CPython imports Django and the fixtures from the
 * zip), so the ER diagrams are drawn from the very models the samples use.
 */
export function describeFixtures(root: string, log: (message: string) => void = console.log): FixtureSchema[] {
  const runtime = prepareRuntime(root, log);
  const python = process.env.PYTHON ?? 'python3';
  const script = join(root, 'src/runnable/python/describe_fixtures.py');
  const run = spawnSync(python, [script, join(root, RUNTIME_DIR, runtime.bundle)], { cwd: root, encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(`Describing the fixture models for the ER diagrams failed (${python} ${script}):\n${run.stderr || run.error?.message}\nA fixture in content/fixtures/ may not import: run that command to see why.`);
  }
  return fixtureSchemasSchema.parse(JSON.parse(run.stdout));
}

/** Gives the diagrams the fixture apps' tables as a module, described once per build. */
export const fixtureSchemasModule = (root: string, log: (message: string) => void): Plugin => jsonModule(FIXTURE_SCHEMAS_MODULE, () => describeFixtures(root, log));
