/**
 * Measures the reader's cost of a runnable sample in Chromium: bytes downloaded for the first
 * run, time from click to Python ready and to first output, a warm run, and memory.
 * Prints figures only; it asserts nothing. Run with `npm run bench:runnable` after a build.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath as executablePath, mb, printTable, startPreview } from './support.ts';

const SAMPLE = 'Try the Supplier model';

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

/** Runnable-sample figures, measured against a served build at `origin`. */
export interface RunnableFigures {
  pageBytes: number;
  firstRunBytes: number;
  pythonReadyMs: number;
  firstOutputMs: number;
  warmRunMs: number;
  memoryBefore: number;
  memoryAfter: number;
}

export async function measureRunnable(origin: string): Promise<RunnableFigures> {
  const LESSON = `${origin}/chapter-1/what-is-enterprise-django/`;
  const profile = mkdtempSync(join(tmpdir(), 'bench-runnable-'));
  try {
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
    return {
      pageBytes,
      firstRunBytes,
      pythonReadyMs: Math.round(at('Loading Django') - clicked),
      firstOutputMs: Math.round(at('Ran in') - clicked),
      warmRunMs: Math.round(warm[2]!),
      memoryBefore,
      memoryAfter,
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export function runnableRows(figures: RunnableFigures): [string, string][] {
  return [
    ['Bytes downloaded for the first run', mb(figures.firstRunBytes)],
    ['Click to Python ready', `${figures.pythonReadyMs} ms`],
    ['Click to first output', `${figures.firstOutputMs} ms`],
    ['Warm run, click to output (median of 5)', `${figures.warmRunMs} ms`],
    ['Chromium memory before Run', mb(figures.memoryBefore)],
    ['Chromium memory after 6 runs', `${mb(figures.memoryAfter)} (+${mb(figures.memoryAfter - figures.memoryBefore)})`],
  ];
}

if (import.meta.main) {
  const server = await startPreview(4410);
  try {
    printTable(`Runnable sample "${SAMPLE}"`, runnableRows(await measureRunnable(server.origin)));
  } finally {
    server.stop();
  }
}

/** The runnable floor (see floor.ts): click to the one line printed, cold, then warm (median of 5). */
export async function measureRunnableFloor(url: string): Promise<{ firstOutputMs: number; warmRunMs: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-runnable-floor-'));
  try {
    const context = await chromium.launchPersistentContext(profile, { ...(executablePath && { executablePath }), args: ['--disable-gpu'] });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const marks: number[] = [];
      (window as unknown as { benchMarks: number[] }).benchMarks = marks;
      new MutationObserver(() => marks.push(performance.now())).observe(document.getElementById('status')!, { childList: true, characterData: true, subtree: true });
    });
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const start = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Run' }).click();
      await page.waitForFunction((count) => (window as unknown as { benchMarks: number[] }).benchMarks.length > count, i, { timeout: 120_000 });
      times.push((await page.evaluate(() => (window as unknown as { benchMarks: number[] }).benchMarks.at(-1)!)) - start);
    }
    await context.close();
    const warm = times.slice(1).sort((a, b) => a - b);
    return { firstOutputMs: Math.round(times[0]!), warmRunMs: Math.round(warm[2]!) };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
