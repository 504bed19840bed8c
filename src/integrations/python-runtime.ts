import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Plugin } from 'vite';
import { jsonModule } from './json-module';

/** What build_runtime.py wrote: the files of the Python runtime, relative to its folder. */
export interface RuntimeManifest {
  /** Folder of Pyodide's files, e.g. "pyodide-314.0.7/". */
  pyodide: string;
  pyodideVersion: string;
  /** The zip of Django and the course's Python files, named by its content hash. */
  bundle: string;
  /** Pinned versions of the bundled Python packages. */
  packages: Record<string, string>;
  /** The fixtures samples can start from: one per file in content/fixtures/, e.g. "library". */
  fixtures: string[];
  /** Hash of everything the runtime is built from, to know when to rebuild. */
  fingerprint?: string;
}

/** Where the runtime is written, relative to the project root: served by the site as `<base>runtime/`. Not in git. */
export const RUNTIME_DIR = 'public/runtime';

/** The course's fixtures: each `content/fixtures/<name>.py` is a Django app of that name. */
export const FIXTURES_DIR = 'content/fixtures';

/** Wheels are cached outside the repository, once per machine. */
export const WHEEL_CACHE = process.env.ENTERPRISE_DJANGO_WHEEL_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'enterprise-django', 'wheels');

const INPUTS = ['src/runnable/build_runtime.py', 'src/runnable/python/course_runner.py', 'node_modules/pyodide/package.json'];

/** A hash of every file the runtime is built from. */
function fingerprint(root: string): string {
  const hash = createHash('sha256');
  const folders = [FIXTURES_DIR, 'src/runnable/licenses'];
  const files = [...INPUTS, ...folders.flatMap((folder) => readdirSync(join(root, folder)).sort().map((name) => `${folder}/${name}`))];
  for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

const PYTHON_HELP =
  'The runnable Django examples need Python 3 with pip at build time, to download the Django wheels once.\n' +
  '  Debian/Ubuntu: sudo apt-get install python3 python3-pip\n' +
  '  macOS:         brew install python\n' +
  '  Windows:       install Python from python.org (it includes pip), then use `py` or set PYTHON=python\n' +
  'Set PYTHON to the interpreter to use if it is not called python3.';

/**
 * Builds the Python runtime into public/runtime/ unless it is already up to date. Fails with a
 * clear message when Python or pip is missing.
 */
export function prepareRuntime(root: string, log: (message: string) => void = console.log): RuntimeManifest {
  const wanted = fingerprint(root);
  const manifestFile = join(root, RUNTIME_DIR, 'runtime.json');
  if (existsSync(manifestFile)) {
    const current = JSON.parse(readFileSync(manifestFile, 'utf8')) as RuntimeManifest;
    if (current.fingerprint === wanted && existsSync(join(root, RUNTIME_DIR, current.bundle))) return current;
  }
  const python = process.env.PYTHON ?? 'python3';
  const pip = spawnSync(python, ['-m', 'pip', '--version'], { encoding: 'utf8' });
  if (pip.error || pip.status !== 0) throw new Error(`Cannot run \`${python} -m pip\`.\n${PYTHON_HELP}`);
  log('Building the Python runtime for the runnable examples');
  const args = ['src/runnable/build_runtime.py', '--pyodide', 'node_modules/pyodide', '--fixtures', FIXTURES_DIR, '--cache', WHEEL_CACHE, '--out', RUNTIME_DIR];
  const build = spawnSync(python, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (build.status !== 0) {
    throw new Error(`Building the Python runtime failed:\n${build.stdout}${build.stderr}\nIf pip could not download the wheels, check your network or pip's index settings.\n${PYTHON_HELP}`);
  }
  log(build.stdout.trim());
  const manifest = { ...(JSON.parse(readFileSync(manifestFile, 'utf8')) as RuntimeManifest), fingerprint: wanted };
  // Recorded after a successful build only, so a failed build is retried next time.
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  return manifest;
}

/** The module pages import to learn the runtime's file names (see src/env.d.ts). */
export const RUNTIME_MODULE = 'virtual:course/python-runtime';

/**
 * Gives pages the runtime's manifest as a module, building the runtime the first time a page asks
 * for it. `astro build` asks before rendering (so a missing Python fails early); `astro dev` asks
 * only when a page with a runnable sample is first opened, so the dev server starts without pip.
 */
export const pythonRuntimeModule = (root: string, log: (message: string) => void): Plugin =>
  jsonModule(RUNTIME_MODULE, (): RuntimeModule => {
    const manifest = prepareRuntime(root, log);
    return { ...manifest, downloadBytes: downloadBytes(root, manifest) };
  });

/** What pages get: the manifest, and how much the first run downloads, so a page can say so before it starts. */
export interface RuntimeModule extends RuntimeManifest {
  /** Bytes of every runtime file a first run fetches (Pyodide's files and the bundle), as the files are on disk. */
  downloadBytes: number;
}

function downloadBytes(root: string, manifest: RuntimeManifest): number {
  const folder = join(root, RUNTIME_DIR);
  const pyodide = readdirSync(join(folder, manifest.pyodide)).map((name) => join(folder, manifest.pyodide, name));
  return [...pyodide, join(folder, manifest.bundle)].reduce((total, file) => total + statSync(file).size, 0);
}
