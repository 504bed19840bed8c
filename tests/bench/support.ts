/** Shared pieces of the benchmarks: a preview server, Chromium, and printing. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export { chromiumPath } from '../chromium.ts';

/** Every file under a folder, with its size. */
export function filesIn(folder: string): { path: string; size: number }[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesIn(path) : [{ path, size: statSync(path).size }];
  });
}

/** The total size of the files under a folder. */
export const folderBytes = (folder: string) => filesIn(folder).reduce((sum, file) => sum + file.size, 0);

/** Serves dist/ with `astro preview` on a port, and waits until it answers. */
export async function startPreview(port: number): Promise<{ origin: string; stop(): void }> {
  const server: ChildProcess = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await fetch(`${origin}/`).then((response) => response.ok, () => false)) return { origin, stop: () => server.kill() };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`The preview server did not start on port ${port}`);
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Prints rows of label and value under a title, aligned. */
export function printTable(title: string, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(title);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}
