/**
 * `npm run bench`: builds the site and measures what it costs to build and to read, prints a
 * table, writes the same figures to bench-results.json, and checks them against budgets.json.
 * Exits non-zero naming every figure over its budget. Not part of `npm test`: timings vary.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { weighPage, type PageWeight } from './page-weight.ts';
import { measureRunnable, runnableRows } from './runnable.ts';
import { measureSearch, searchRows } from './search.ts';
import { filesIn, folderBytes, kb, mb, median, printTable, startPreview } from './support.ts';

const RESULTS_FILE = 'bench-results.json';
const budgets = JSON.parse(readFileSync('tests/bench/budgets.json', 'utf8')) as {
  lessonPage: { gzipBytesBeforeInteraction: number; requestsBeforeInteraction: number; javascriptGzipBytes: number; requestsAfterLoad: number };
  lighthouse: { minimumScore: number };
  search: { firstSearchMs: number; laterSearchMs: number };
  runnable: { warmRunMs: number };
};

// 1. Build: three cold builds (no dist/, no Astro cache; the Python runtime is reused, as on any
// machine after the first build, because it only changes with its inputs).
const buildTimes: number[] = [];
for (let run = 0; run < 3; run++) {
  for (const folder of ['dist', '.astro', 'node_modules/.astro']) rmSync(folder, { recursive: true, force: true });
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error('npm run build failed');
  buildTimes.push(performance.now() - started);
}
const distFiles = filesIn('dist');
const pages = distFiles.filter((file) => file.path.endsWith('.html'));
const runtime = JSON.parse(readFileSync('dist/runtime/runtime.json', 'utf8')) as { pyodide: string; bundle: string };
const lessonPages = pages.filter((file) => /^dist\/chapter-\d+\/[^/]+\/index\.html$/.test(file.path));
const heaviestLesson = lessonPages.reduce((heaviest, file) => (file.size > heaviest.size ? file : heaviest));
const build = {
  coldBuildMs: Math.round(median(buildTimes)),
  pagesBuilt: pages.length,
  distBytes: distFiles.reduce((sum, file) => sum + file.size, 0),
  distFiles: distFiles.length,
  pagefindBytes: folderBytes('dist/pagefind'),
  pythonRuntimeBytes: folderBytes(join('dist/runtime', runtime.pyodide)),
  djangoBundleBytes: statSync(join('dist/runtime', runtime.bundle)).size,
};

const server = await startPreview(4412);
let weights: Record<string, PageWeight>;
let lighthouseFigures: LighthouseFigures[];
let search: Awaited<ReturnType<typeof measureSearch>>;
let runnable: Awaited<ReturnType<typeof measureRunnable>>;
try {
  const heaviestPath = heaviestLesson.path.replace(/^dist/, '').replace(/index\.html$/, '');
  // 2. Page weight.
  weights = {
    home: await weighPage(`${server.origin}/`),
    chapter: await weighPage(`${server.origin}/chapter-1/`),
    'heaviest lesson': await weighPage(`${server.origin}${heaviestPath}`),
  };
  // 3. Lighthouse for the home page and a lesson page.
  lighthouseFigures = [await measureLighthouse(`${server.origin}/`), await measureLighthouse(`${server.origin}${heaviestPath}`)];
  // 4 and 5. Search and runnable samples.
  search = await measureSearch(server.origin);
  runnable = await measureRunnable(server.origin);
} finally {
  server.stop();
}

printTable('Build', [
  ['Cold build (median of 3)', `${(build.coldBuildMs / 1000).toFixed(1)} s`],
  ['Pages built', String(build.pagesBuilt)],
  ['dist/', `${mb(build.distBytes)} in ${build.distFiles} files`],
  ['Pagefind index', kb(build.pagefindBytes)],
  ['Python runtime (Pyodide)', mb(build.pythonRuntimeBytes)],
  ['Django bundle', mb(build.djangoBundleBytes)],
]);
for (const [name, weight] of Object.entries(weights)) {
  const row = (phase: 'beforeLoad' | 'afterLoad') => {
    const w = weight[phase];
    const parts = (['html', 'css', 'js', 'fonts', 'images', 'other'] as const).filter((kind) => w[kind].requests).map((kind) => `${kind} ${kb(w[kind].gzipBytes)}`);
    return `${w.total.requests} requests, ${kb(w.total.bytes)} (${kb(w.total.gzipBytes)} gzipped)${parts.length ? `: ${parts.join(', ')}` : ''}`;
  };
  printTable(`Page weight: ${name} (${weight.url})`, [
    ['Before the load event', row('beforeLoad')],
    ['After the load event', row('afterLoad')],
  ]);
}
for (const figures of lighthouseFigures) {
  printTable(`Lighthouse, mobile, median of 3 (${figures.url})`, [
    ['Performance / Accessibility / Best practices / SEO', `${figures.performance} / ${figures.accessibility} / ${figures.bestPractices} / ${figures.seo}`],
    ['FCP / LCP', `${figures.fcpMs} ms / ${figures.lcpMs} ms`],
    ['TBT / CLS', `${figures.tbtMs} ms / ${figures.cls}`],
  ]);
}
printTable('Search', searchRows(search));
printTable('Runnable samples', runnableRows(runnable));

// 6. Budgets.
const lesson = weights['heaviest lesson']!;
const checks: [string, number, number, 'max' | 'min'][] = [
  ['lesson page gzipped bytes before interaction', lesson.beforeLoad.total.gzipBytes, budgets.lessonPage.gzipBytesBeforeInteraction, 'max'],
  ['lesson page requests before interaction', lesson.beforeLoad.total.requests, budgets.lessonPage.requestsBeforeInteraction, 'max'],
  ['lesson page JavaScript, gzipped bytes', lesson.beforeLoad.js.gzipBytes + lesson.afterLoad.js.gzipBytes, budgets.lessonPage.javascriptGzipBytes, 'max'],
  ['lesson page requests after load', lesson.afterLoad.total.requests, budgets.lessonPage.requestsAfterLoad, 'max'],
  ...lighthouseFigures.flatMap((figures): [string, number, number, 'min'][] =>
    (['performance', 'accessibility', 'bestPractices', 'seo'] as const).map((category) => [`Lighthouse ${category} (${figures.url})`, figures[category], budgets.lighthouse.minimumScore, 'min']),
  ),
  ['search, first results (ms)', search.firstSearchMs, budgets.search.firstSearchMs, 'max'],
  ['search, later results (ms)', search.laterSearchMs, budgets.search.laterSearchMs, 'max'],
  ['runnable sample, warm run (ms)', runnable.warmRunMs, budgets.runnable.warmRunMs, 'max'],
];
const broken = checks.filter(([, value, budget, kind]) => (kind === 'max' ? value > budget : value < budget));
printTable(
  'Budgets (tests/bench/budgets.json)',
  checks.map(([name, value, budget, kind]) => [name, `${value} ${kind === 'max' ? '<=' : '>='} ${budget}: ${broken.some(([other]) => other === name) ? 'OVER BUDGET' : 'ok'}`]),
);
writeFileSync(RESULTS_FILE, JSON.stringify({ build, weights, lighthouse: lighthouseFigures, search, runnable, budgets: checks.map(([name, value, budget, kind]) => ({ name, value, budget, kind, met: !broken.some(([other]) => other === name) })) }, null, 2));
console.log(`\nFigures written to ${RESULTS_FILE}`);
if (broken.length) {
  console.error(`\n${broken.length} figure${broken.length === 1 ? '' : 's'} broke the budget:\n${broken.map(([name, value, budget, kind]) => `- ${name}: ${value}, budget ${kind === 'max' ? 'at most' : 'at least'} ${budget}`).join('\n')}`);
  process.exit(1);
}
