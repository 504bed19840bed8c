/**
 * Times `npm run build` and splits it into steps by when each log line arrives (Astro's own
 * timestamps have one-second steps): what dominates a cold and a warm build.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * The line that starts each step, in the order the build prints them; each pattern matches only
 * its own line. A step whose line is missing (the Python runtime when it is reused, the sample
 * check when its result is cached) is skipped, and its time falls to the step before.
 */
const STEPS: [step: string, startsWith: RegExp][] = [
  ['start-up (Node, Astro config; content and types, whose lines come at once)', /^/],
  ['Python runtime', /\[enterprise-django\] Building the Python runtime/],
  ['content sync and types', /\[content\] Syncing content/],
  ['collecting build info', /\[build\] Collecting build info/],
  ['bundling (Vite)', /\[build\] Building static entrypoints/],
  ['rendering pages', /generating static routes/],
  // Rendering ends with a bare "✓ Completed in" (the other such lines say [build]).
  ['after rendering, until the sample check ends', /\d ✓ Completed in/],
  // A cached check says so early ("unchanged since they last ran"); a run one reports at its end.
  ['search index (Pagefind)', /\[enterprise-django\] Runnable samples and exercises: (?!.*unchanged)/],
  ['CSP and service worker', /\[enterprise-django\] Search index/],
  ['end', /\[build\] Complete!/],
];

export interface BuildTiming {
  totalMs: number;
  /** Milliseconds per step, in build order. */
  steps: Record<string, number>;
  /** What the sample check says about itself, e.g. "45.0 s, alongside the build", or "skipped". */
  sampleCheck: string;
}

/** Runs `npm run build` once, timing its steps. Throws with the log's tail when it fails. */
export function timedBuild(env: NodeJS.ProcessEnv = {}): Promise<BuildTiming> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', 'build'], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const marks: [string, number][] = [];
    const tail: string[] = [];
    let sampleCheck = 'skipped (cached)';
    let next = 0;
    const onLine = (coloured: string) => {
      const at = performance.now() - started;
      // Astro colours its log even when asked not to: match the text without the colour codes.
      const line = coloured.replace(/\x1b\[[0-9;]*m/g, '');
      tail.push(line);
      if (tail.length > 30) tail.shift();
      const sample = line.match(/Runnable samples and exercises: .*\(([^)]*)\)/);
      if (sample) sampleCheck = sample[1]!;
      // Steps are matched in order, so a later step's pattern never ends an earlier one early.
      for (let index = next; index < STEPS.length; index++) {
        if (STEPS[index]![1].test(line)) {
          marks.push([STEPS[index]![0], at]);
          next = index + 1;
          break;
        }
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.on('close', (code) => {
      const totalMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`npm run build failed:\n${tail.join('\n')}`));
      const steps: Record<string, number> = {};
      marks.forEach(([step, at], index) => {
        // With the sample check cached, the step after rendering is the search index.
        const name = step === 'after rendering, until the sample check ends' && !marks.some(([other]) => other === 'search index (Pagefind)') ? 'search index (Pagefind), sample check cached' : step;
        if (step !== 'end') steps[name] = Math.round((marks[index + 1]?.[1] ?? totalMs) - at);
      });
      resolve({ totalMs: Math.round(totalMs), steps, sampleCheck });
    });
  });
}

/** The steps that took the longest, as "bundling (Vite) 30.0 s, ...". */
export function dominantSteps(timing: BuildTiming, count = 3): string {
  return Object.entries(timing.steps)
    .sort(([, a], [, b]) => b - a)
    .slice(0, count)
    .map(([step, ms]) => `${step} ${(ms / 1000).toFixed(1)} s`)
    .join(', ');
}
