/**
 * Measures the reader's cost of a runnable sample in Chromium: bytes downloaded for the first
 * run, time from click to Python ready and to first output, a warm run, and memory.
 * Prints figures only; it asserts nothing. Run with `npm run bench:runnable` after a build.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 4410;
const LESSON = `http://127.0.0.1:${PORT}/chapter-1/what-is-enterprise-django/`;
const SAMPLE = 'Try the Supplier model';
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Resident memory of every process started with this profile folder, in bytes (Linux). */
function chromiumMemory(profile: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
      const rss = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(PORT)], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
});
const profile = mkdtempSync(join(tmpdir(), 'bench-runnable-'));
try {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await fetch(LESSON).then((response) => response.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const context = await chromium.launchPersistentContext(profile, { ...(executablePath && { executablePath }), args: ['--disable-gpu'] });
  const page = context.pages()[0] ?? (await context.newPage());
  // Counted per finished request, which includes the worker's downloads of the runtime.
  let bytes = 0;
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });

  await page.goto(LESSON, { waitUntil: 'networkidle' });
  const pageBytes = bytes;
  const memoryBefore = chromiumMemory(profile);
  // Timestamps of every status change, taken in the page itself.
  await page.evaluate((title) => {
    const sample = [...document.querySelectorAll('runnable-sample')].find((element) => element.querySelector('.code-title')?.textContent === title)!;
    const status = sample.querySelector('.runnable-status')!;
    const marks: { text: string; at: number }[] = [];
    (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
    new MutationObserver(() => marks.push({ text: status.textContent ?? '', at: performance.now() })).observe(status, { childList: true, characterData: true, subtree: true });
  }, SAMPLE);
  const run = page.getByRole('button', { name: `Run: ${SAMPLE}` });
  const status = page.locator('runnable-sample').filter({ has: page.getByRole('figure', { name: SAMPLE }) }).getByRole('status');

  const clicked = await page.evaluate(() => performance.now());
  await run.click();
  await status.filter({ hasText: /^Ran in/ }).waitFor({ timeout: 120_000 });
  const marks = await page.evaluate(() => (window as unknown as { benchMarks: { text: string; at: number }[] }).benchMarks);
  const at = (text: string) => marks.find((mark) => mark.text.startsWith(text))?.at ?? Number.NaN;
  const firstRunBytes = bytes - pageBytes;

  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = await page.evaluate(() => performance.now());
    await run.click();
    await page.waitForFunction((count) => (window as unknown as { benchMarks: { text: string }[] }).benchMarks.filter((mark) => mark.text.startsWith('Ran in')).length > count, i + 1);
    const done = await page.evaluate(() => (window as unknown as { benchMarks: { text: string; at: number }[] }).benchMarks.filter((mark) => mark.text.startsWith('Ran in')).at(-1)!.at);
    warm.push(done - start);
  }
  warm.sort((a, b) => a - b);
  const memoryAfter = chromiumMemory(profile);
  await context.close();

  const rows: [string, string][] = [
    ['Lesson page (before any run)', `${(pageBytes / 1024).toFixed(1)} KB transferred`],
    ['Bytes downloaded for the first run', mb(firstRunBytes)],
    ['Click to Python ready', `${Math.round(at('Loading Django') - clicked)} ms`],
    ['Click to first output', `${Math.round(at('Ran in') - clicked)} ms`],
    ['Warm run, click to output (median of 5)', `${Math.round(warm[2]!)} ms`],
    ['Chromium memory before Run', mb(memoryBefore)],
    ['Chromium memory after 6 runs', `${mb(memoryAfter)} (+${mb(memoryAfter - memoryBefore)})`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`Runnable sample "${SAMPLE}" (${LESSON})`);
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
} finally {
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
