/**
 * Where a page's cost goes (issue 19, goal 2: "measure before choosing"): its inline scripts,
 * script files, shiki's per-token style attributes, DOM size, and main-thread time by category from
 * a Chromium trace, next to the same figures for another page (the lesson floor). Prints figures
 * only. Run against a served build:
 *
 *   node tests/bench/page-cost.ts http://127.0.0.1:4321/chapter-2/designing-effective-models/ [other-url]
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath as executablePath, kb, median, printTable } from './support.ts';

const gz = (text: string | Buffer) => gzipSync(text, { level: 6 }).length;

/** Trace event names by the category Lighthouse's main-thread breakdown would put them in. */
const CATEGORY: [category: string, names: RegExp][] = [
  ['style', /^(Blink\.Style\.UpdateTime|UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation|InvalidateLayout|StyleRecalc)$/],
  ['layout', /^(Blink\.Layout\.UpdateTime|LocalFrameView::layout|Layout|UpdateLayout|LayoutShift)$/],
  ['script', /^(EvaluateScript|FunctionCall|v8\.compile|v8\.compileModule|v8\.evaluateModule|v8\.run|v8\.produceCache|v8\.produceModuleCache|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|V8\.Execute|v8\.callFunction|CompileScript|CompileCode|CacheScript|V8\.CompileCode|v8\.parseOnBackground)$/],
  ['garbage collection', /GC|Scavenge|MarkCompact/],
  ['HTML parsing', /^(ParseHTML|HTMLDocumentParser::.*|DocumentLoader::.*)$/],
  ['paint and composite', /^(Blink\.Paint\.UpdateTime|LocalFrameView::RunPaintLifecyclePhase|Paint|PrePaint|Layerize|CompositeLayers|UpdateLayer|UpdateLayerTree|PaintImage|Commit|RasterTask|Decode Image|ImageDecodeTask)$/],
];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { frame?: string } };
}

/** Self time per category on the renderer's main thread, from load start to 3 s after load. */
async function mainThreadTime(browser: Browser, url: string): Promise<Record<string, number>> {
  const page = await browser.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const buffer = await browser.stopTracing();
  await page.close();
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const mainThreads = events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`);
  // The renderer that ran the page: the one with the most complete events on its main thread.
  const counts = new Map<string, number>();
  for (const event of events) if (event.ph === 'X' && mainThreads.includes(`${event.pid}:${event.tid}`)) counts.set(`${event.pid}:${event.tid}`, (counts.get(`${event.pid}:${event.tid}`) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const complete = events.filter((event) => event.ph === 'X' && `${event.pid}:${event.tid}` === main && event.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: each event's duration less its children's, attributed to its category.
  const totals: Record<string, number> = {};
  const others = new Map<string, number>();
  const stack: { end: number; category: string; child: number; dur: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const done = stack.pop()!;
      totals[done.category] = (totals[done.category] ?? 0) + (done.dur - done.child) / 1000;
      if (stack.length) stack.at(-1)!.child += done.dur;
    }
  };
  for (const event of complete) {
    close(event.ts);
    const named = CATEGORY.find(([, names]) => names.test(event.name))?.[0];
    // An event with no category of its own (a task, a parser chunk) counts as its parent's, or "other".
    const category = named ?? stack.at(-1)?.category ?? 'other';
    if (category === 'other' && process.env.BENCH_DEBUG) others.set(event.name, (others.get(event.name) ?? 0) + event.dur! / 1000);
    stack.push({ end: event.ts + event.dur!, category, child: 0, dur: event.dur! });
  }
  close(Number.POSITIVE_INFINITY);
  if (process.env.BENCH_DEBUG) console.log([...others.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15));
  return totals;
}

/** What the HTML carries: scripts, style attributes, DOM size. */
async function pageFigures(browser: Browser, url: string) {
  const page = await browser.newPage();
  const scriptFiles: { url: string; bytes: number; gzip: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scriptFiles.push({ url: response.url().replace(/^https?:\/\/[^/]+/, ''), bytes: body.length, gzip: gz(body) });
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  const html = (await response!.text()) ?? '';
  await page.waitForTimeout(1000);
  const dom = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const depth = (element: Element) => {
      let count = 0;
      for (let node: Element | null = element; node; node = node.parentElement) count++;
      return count;
    };
    return {
      elements: all.length,
      maxDepth: Math.max(...all.map(depth)),
      maxChildren: Math.max(...all.map((element) => element.children.length)),
      codeSpans: document.querySelectorAll('pre span').length,
      svgElements: document.querySelectorAll('svg, svg *').length,
    };
  });
  await page.close();
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)].map((match) => ({ attributes: match[1]!.trim(), text: match[2]! }));
  const styleAttributes = [...html.matchAll(/\sstyle="[^"]*"/g)].map((match) => match[0]);
  // The same HTML with each distinct style attribute replaced by a short class, as a theme of CSS
  // classes (or shiki's css-variables output) would give: what the attributes cost after gzip.
  const distinct = [...new Set(styleAttributes)];
  const asClasses = html.replace(/\sstyle="[^"]*"/g, (attribute) => ` class="t${distinct.indexOf(attribute).toString(36)}"`);
  const withoutInline = html.replace(/<script(?![^>]*\ssrc=)[^>]*>[\s\S]*?<\/script>/g, '');
  return {
    htmlBytes: html.length,
    htmlGzip: gz(html),
    inlineScripts: inline.length,
    inlineKinds: inline.map((script) => script.attributes || 'classic').join(', '),
    inlineBytes: inline.reduce((sum, script) => sum + script.text.length, 0),
    inlineGzipInPage: gz(html) - gz(withoutInline),
    scriptTags: [...html.matchAll(/<script[^>]*\ssrc=/g)].length,
    scriptFiles,
    styleAttributes: styleAttributes.length,
    distinctStyles: distinct.length,
    styleBytes: styleAttributes.reduce((sum, attribute) => sum + attribute.length, 0),
    styleGzipSaved: gz(html) - gz(asClasses),
    dom,
  };
}

export async function measurePageCost(urls: string[], runs = 3): Promise<void> {
  const browser = await chromium.launch({ ...(executablePath && { executablePath }), args: ['--disable-gpu'] });
  try {
    for (const url of urls) {
      const figures = await pageFigures(browser, url);
      const traces: Record<string, number>[] = [];
      for (let run = 0; run < runs; run++) traces.push(await mainThreadTime(browser, url));
      const categories = [...new Set(traces.flatMap((trace) => Object.keys(trace)))];
      const time = Object.fromEntries(categories.map((category) => [category, median(traces.map((trace) => trace[category] ?? 0))]));
      const total = Object.values(time).reduce((sum, ms) => sum + ms, 0);
      printTable(`Page cost: ${url}`, [
        ['HTML', `${kb(figures.htmlBytes)} (${kb(figures.htmlGzip)} gzipped)`],
        ['Inline scripts', `${figures.inlineScripts} (${figures.inlineKinds}): ${kb(figures.inlineBytes)}, ${kb(figures.inlineGzipInPage)} of the gzipped HTML`],
        ['Script files', `${figures.scriptTags} <script src> tags; ${figures.scriptFiles.length} files loaded, ${kb(figures.scriptFiles.reduce((s, f) => s + f.bytes, 0))} (${kb(figures.scriptFiles.reduce((s, f) => s + f.gzip, 0))} gzipped)`],
        ...figures.scriptFiles.map((file): [string, string] => [`  ${file.url.slice(0, 70)}`, `${kb(file.bytes)} (${kb(file.gzip)} gzipped)`]),
        ['style="" attributes', `${figures.styleAttributes} (${figures.distinctStyles} distinct), ${kb(figures.styleBytes)}; as classes the gzipped HTML would be ${kb(figures.styleGzipSaved)} smaller`],
        ['DOM', `${figures.dom.elements} elements (${figures.dom.codeSpans} spans in code, ${figures.dom.svgElements} SVG), depth ${figures.dom.maxDepth}, widest ${figures.dom.maxChildren} children`],
        [`Main thread, median of ${runs} traces`, `${total.toFixed(0)} ms: ${Object.entries(time).sort((a, b) => b[1] - a[1]).map(([category, ms]) => `${category} ${ms.toFixed(0)}`).join(', ')}`],
      ]);
    }
  } finally {
    await browser.close();
  }
}

if (import.meta.main) {
  const urls = process.argv.slice(2);
  if (!urls.length) throw new Error('Give the address of a page (and of another to compare), e.g. http://127.0.0.1:4321/chapter-2/designing-effective-models/');
  await measurePageCost(urls);
}
