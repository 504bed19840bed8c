/**
 * `npm run bench`: builds the site and measures what it costs to build and to read, against floor
 * pages written and measured in the same run (floor.ts), prints one table of figures, budgets,
 * ours, the floor's and the ratio, writes the same figures to bench-results.json, and checks them
 * against budgets.json. Exits non-zero naming every figure over its budget. Not part of
 * `npm test`: timings vary.
 *
 * `npm run bench -- --quick` skips the three cold builds and Lighthouse (one warm build, then page
 * weight, search and runnable figures: about a minute); `--no-build` also skips that build and
 * measures dist/ as it is.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dominantSteps, timedBuild, type BuildTiming } from './build.ts';
import { removeFloors, writeLessonFloor, writeRunnableFloor } from './floor.ts';
import { measureLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { weighPage, type PageWeight } from './page-weight.ts';
import { measureRunnable, measureRunnableFloor, runnableRows } from './runnable.ts';
import { measureSearch, searchRows } from './search.ts';
import { filesIn, folderBytes, kb, mb, median, printTable, startPreview } from './support.ts';

const RESULTS_FILE = 'bench-results.json';
const DIST = 'dist';
const quick = process.argv.includes('--quick');
const noBuild = process.argv.includes('--no-build');
const budgets = JSON.parse(readFileSync('tests/bench/budgets.json', 'utf8')) as {
  lessonPage: { gzipBytesRatioToFloor: number; requestsBeforeInteraction: number; javascriptGzipBytes: number; requestsAfterLoad: number; totalBlockingTimeMs: number; lcpRatioToFloor: number };
  lighthouse: { minimumScore: number };
  search: { firstSearchMs: number; laterSearchMs: number };
  runnable: { firstOutputMs: number; firstOutputRatioToFloor: number; warmRunMs: number };
};

// 1. Build: three cold builds (no dist/, no Astro cache; the Python runtime is reused, as on any
// machine after the first build, because it only changes with its inputs), then a warm one.
const coldBuilds: BuildTiming[] = [];
let warmBuild: BuildTiming | undefined;
if (!quick) {
  for (let run = 0; run < 3; run++) {
    for (const folder of [DIST, '.astro', 'node_modules/.astro']) rmSync(folder, { recursive: true, force: true });
    coldBuilds.push(await timedBuild());
    console.log(`Cold build ${run + 1} of 3: ${(coldBuilds.at(-1)!.totalMs / 1000).toFixed(1)} s`);
  }
}
if (!noBuild || !existsSync(join(DIST, 'index.html'))) {
  warmBuild = await timedBuild();
  console.log(`Warm build: ${(warmBuild.totalMs / 1000).toFixed(1)} s`);
}
const distFiles = filesIn(DIST);
const pages = distFiles.filter((file) => file.path.endsWith('.html'));
const runtime = JSON.parse(readFileSync(join(DIST, 'runtime/runtime.json'), 'utf8')) as { pyodide: string; bundle: string };
const lessonPages = pages.filter((file) => /^dist\/chapter-\d+\/[^/]+\/index\.html$/.test(file.path));
const heaviestLesson = lessonPages.reduce((heaviest, file) => (file.size > heaviest.size ? file : heaviest));
const heaviestPath = heaviestLesson.path.replace(/^dist/, '').replace(/index\.html$/, '');
const build = {
  pagesBuilt: pages.length,
  distBytes: distFiles.reduce((sum, file) => sum + file.size, 0),
  distFiles: distFiles.length,
  pagefindBytes: folderBytes(join(DIST, 'pagefind')),
  pythonRuntimeBytes: folderBytes(join(DIST, 'runtime', runtime.pyodide)),
  djangoBundleBytes: statSync(join(DIST, 'runtime', runtime.bundle)).size,
};

const server = await startPreview(4412);
let weights: Record<string, PageWeight>;
let floorWeight: PageWeight;
let lighthouse: { home: LighthouseFigures; lesson: LighthouseFigures; floor: LighthouseFigures } | undefined;
let search: Awaited<ReturnType<typeof measureSearch>>;
let runnable: Awaited<ReturnType<typeof measureRunnable>>;
let runnableFloor: Awaited<ReturnType<typeof measureRunnableFloor>>;
try {
  // 2. The floors, written into the served build (and removed at the end).
  const floorPath = await writeLessonFloor(`${server.origin}${heaviestPath}`, DIST);
  const runnableFloorPath = writeRunnableFloor(DIST, `/runtime/${runtime.pyodide}`);
  // 3. Page weight, ours and the floor's, measured the same way.
  weights = {
    home: await weighPage(`${server.origin}/`),
    chapter: await weighPage(`${server.origin}/chapter-1/`),
    'heaviest lesson': await weighPage(`${server.origin}${heaviestPath}`),
  };
  floorWeight = await weighPage(`${server.origin}${floorPath}`);
  // 4. Lighthouse (mobile, median of 3) for the home page, the lesson and its floor.
  if (!quick) {
    lighthouse = {
      home: await measureLighthouse(`${server.origin}/`),
      lesson: await measureLighthouse(`${server.origin}${heaviestPath}`),
      floor: await measureLighthouse(`${server.origin}${floorPath}`),
    };
  }
  // 5 and 6. Search, and runnable samples against bare Pyodide.
  search = await measureSearch(server.origin);
  runnable = await measureRunnable(server.origin);
  runnableFloor = await measureRunnableFloor(`${server.origin}${runnableFloorPath}`);
} finally {
  server.stop();
  removeFloors(DIST);
}

// Details first, then the one table that matters.
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
printTable('Build', [
  ...(coldBuilds.length ? ([['Cold builds', `${coldBuilds.map((b) => seconds(b.totalMs)).join(', ')}; median ${seconds(median(coldBuilds.map((b) => b.totalMs)))}`]] as [string, string][]) : []),
  ...(coldBuilds.length ? ([['Cold build, largest steps (median run)', dominantSteps(medianBuild(coldBuilds))]] as [string, string][]) : []),
  ...(coldBuilds.length ? ([['Cold build, sample check', medianBuild(coldBuilds).sampleCheck]] as [string, string][]) : []),
  ...(warmBuild ? ([['Warm build', `${seconds(warmBuild.totalMs)}; largest steps: ${dominantSteps(warmBuild)}; sample check ${warmBuild.sampleCheck}`]] as [string, string][]) : []),
  ['Pages built', String(build.pagesBuilt)],
  ['dist/', `${mb(build.distBytes)} in ${build.distFiles} files`],
  ['Pagefind index', kb(build.pagefindBytes)],
  ['Python runtime (Pyodide)', mb(build.pythonRuntimeBytes)],
  ['Django bundle', mb(build.djangoBundleBytes)],
]);
const weightRow = (weight: PageWeight, phase: 'beforeLoad' | 'afterLoad') => {
  const w = weight[phase];
  const parts = (['html', 'css', 'js', 'fonts', 'images', 'other'] as const).filter((kind) => w[kind].requests).map((kind) => `${kind} ${w[kind].requests} / ${kb(w[kind].gzipBytes)}`);
  return `${w.total.requests} requests, ${kb(w.total.bytes)} (${kb(w.total.gzipBytes)} gzipped)${parts.length ? `: ${parts.join(', ')}` : ''}`;
};
for (const [name, weight] of [...Object.entries(weights), ['lesson floor', floorWeight] as const]) {
  printTable(`Page weight: ${name} (${weight.url})`, [
    ['Before the load event', weightRow(weight, 'beforeLoad')],
    ['After the load event', weightRow(weight, 'afterLoad')],
  ]);
}
for (const figures of lighthouse ? Object.values(lighthouse) : []) {
  printTable(`Lighthouse, mobile, median of 3 (${figures.url})`, [
    ['Performance / Accessibility / Best practices / SEO', `${figures.performance} / ${figures.accessibility} / ${figures.bestPractices} / ${figures.seo}`],
    ['FCP / LCP', `${figures.fcpMs} ms / ${figures.lcpMs} ms`],
    ['TBT / CLS', `${figures.tbtMs} ms / ${figures.cls}`],
  ]);
}
printTable('Search', searchRows(search));
printTable('Runnable samples', [
  ...runnableRows(runnable),
  ['Floor: bare Pyodide, click to one line printed (cold)', `${runnableFloor.firstOutputMs} ms`],
  ['Floor: warm run (median of 5)', `${runnableFloor.warmRunMs} ms`],
]);

/** One row of the summary: a figure, ours, the floor's (when it has one), and its budget. */
interface Check {
  figure: string;
  ours: number;
  floor?: number;
  /** 'max' and 'min' compare ours with the budget; 'ratio' compares ours / floor with it. */
  kind: 'max' | 'min' | 'ratio' | 'info';
  budget?: number;
  unit: 'B' | 'ms' | '' | 'score';
}
const lesson = weights['heaviest lesson']!;
const js = (weight: PageWeight) => weight.beforeLoad.js.gzipBytes + weight.afterLoad.js.gzipBytes;
const checks: Check[] = [
  ...(coldBuilds.length ? [{ figure: 'build, cold (median of 3)', ours: Math.round(median(coldBuilds.map((b) => b.totalMs))), kind: 'info', unit: 'ms' } as Check] : []),
  ...(warmBuild ? [{ figure: 'build, warm', ours: warmBuild.totalMs, kind: 'info', unit: 'ms' } as Check] : []),
  { figure: 'lesson: gzipped bytes before interaction', ours: lesson.beforeLoad.total.gzipBytes, floor: floorWeight.beforeLoad.total.gzipBytes, kind: 'ratio', budget: budgets.lessonPage.gzipBytesRatioToFloor, unit: 'B' },
  { figure: 'lesson: requests before interaction', ours: lesson.beforeLoad.total.requests, floor: floorWeight.beforeLoad.total.requests, kind: 'max', budget: budgets.lessonPage.requestsBeforeInteraction, unit: '' },
  { figure: 'lesson: JavaScript, gzipped bytes', ours: js(lesson), floor: js(floorWeight), kind: 'max', budget: budgets.lessonPage.javascriptGzipBytes, unit: 'B' },
  { figure: 'lesson: requests after load, unasked', ours: lesson.afterLoad.total.requests, floor: floorWeight.afterLoad.total.requests, kind: 'max', budget: budgets.lessonPage.requestsAfterLoad, unit: '' },
  ...(lighthouse
    ? ([
        { figure: 'lesson: total blocking time (Lighthouse)', ours: lighthouse.lesson.tbtMs, floor: lighthouse.floor.tbtMs, kind: 'max', budget: budgets.lessonPage.totalBlockingTimeMs, unit: 'ms' },
        { figure: 'lesson: LCP (Lighthouse)', ours: lighthouse.lesson.lcpMs, floor: lighthouse.floor.lcpMs, kind: 'ratio', budget: budgets.lessonPage.lcpRatioToFloor, unit: 'ms' },
        ...(['performance', 'accessibility', 'bestPractices', 'seo'] as const).flatMap((category): Check[] => [
          { figure: `lesson: Lighthouse ${category}`, ours: lighthouse!.lesson[category], floor: lighthouse!.floor[category], kind: 'min', budget: budgets.lighthouse.minimumScore, unit: 'score' },
          { figure: `home: Lighthouse ${category}`, ours: lighthouse!.home[category], kind: 'min', budget: budgets.lighthouse.minimumScore, unit: 'score' },
        ]),
      ] as Check[])
    : []),
  { figure: 'search: keystroke to results, first', ours: search.firstSearchMs, kind: 'max', budget: budgets.search.firstSearchMs, unit: 'ms' },
  { figure: 'search: keystroke to results, later', ours: search.laterSearchMs, kind: 'max', budget: budgets.search.laterSearchMs, unit: 'ms' },
  { figure: 'search: first, pasted on opening (info)', ours: search.firstPastedMs, kind: 'info', unit: 'ms' },
  { figure: 'runnable: click to first output, cold', ours: runnable.firstOutputMs, floor: runnableFloor.firstOutputMs, kind: 'max', budget: budgets.runnable.firstOutputMs, unit: 'ms' },
  { figure: 'runnable: first output, ratio to floor', ours: runnable.firstOutputMs, floor: runnableFloor.firstOutputMs, kind: 'ratio', budget: budgets.runnable.firstOutputRatioToFloor, unit: 'ms' },
  { figure: 'runnable: warm run', ours: runnable.warmRunMs, floor: runnableFloor.warmRunMs, kind: 'max', budget: budgets.runnable.warmRunMs, unit: 'ms' },
];
const ratio = (check: Check) => (check.floor ? check.ours / check.floor : Number.NaN);
const over = (check: Check) =>
  check.kind === 'max' ? check.ours > check.budget! : check.kind === 'min' ? check.ours < check.budget! : check.kind === 'ratio' ? !(ratio(check) <= check.budget!) : false;
const show = (value: number | undefined, unit: Check['unit']) =>
  value === undefined ? '-' : unit === 'B' ? kb(value) : unit === 'ms' ? (value >= 10_000 ? seconds(value) : `${value} ms`) : String(value);
const budgetText = (check: Check) =>
  check.kind === 'info' ? '-' : check.kind === 'ratio' ? `<= ${check.budget} x floor` : `${check.kind === 'max' ? '<=' : '>='} ${show(check.budget, check.unit)}`;
const rows = checks.map((check) => [
  check.figure,
  budgetText(check),
  show(check.ours, check.unit),
  show(check.floor, check.unit),
  check.floor ? `${ratio(check).toFixed(2)} x` : '-',
  check.kind === 'info' ? '' : over(check) ? 'OVER' : 'ok',
]);
const header = ['figure', 'budget', 'ours', 'floor', 'ratio', ''];
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
console.log(`\nIssue 19 budgets (tests/bench/budgets.json), heaviest lesson ${heaviestPath}${quick ? '; --quick: no cold builds, no Lighthouse' : ''}`);
console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));

const broken = checks.filter(over);
writeFileSync(
  RESULTS_FILE,
  JSON.stringify({ quick, heaviestLesson: heaviestPath, build: { ...build, coldBuilds, warmBuild }, weights, floorWeight, lighthouse, search, runnable, runnableFloor, checks: checks.map((check) => ({ ...check, ratio: check.floor ? ratio(check) : undefined, met: !over(check) })) }, null, 2),
);
console.log(`\nFigures written to ${RESULTS_FILE}`);
if (broken.length) {
  console.error(`\n${broken.length} figure${broken.length === 1 ? '' : 's'} over budget:\n${broken.map((check) => `- ${check.figure}: ${show(check.ours, check.unit)}${check.floor !== undefined ? ` (floor ${show(check.floor, check.unit)}${check.floor ? `, ${ratio(check).toFixed(2)} x` : ''})` : ''}, budget ${budgetText(check)}`).join('\n')}`);
  process.exit(1);
}

/** The build whose total is the median. */
function medianBuild(builds: BuildTiming[]): BuildTiming {
  return [...builds].sort((a, b) => a.totalMs - b.totalMs)[Math.floor(builds.length / 2)]!;
}
