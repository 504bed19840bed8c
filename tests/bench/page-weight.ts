/** What a page costs the reader: every response counted, before and after the load event. */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath as executablePath } from './support.ts';

/** Bytes and requests of one kind of resource. */
export interface Weight {
  requests: number;
  bytes: number;
  gzipBytes: number;
}

export type ResourceKind = 'html' | 'css' | 'js' | 'fonts' | 'images' | 'other';

export interface PageWeight {
  url: string;
  beforeLoad: Record<ResourceKind | 'total', Weight>;
  afterLoad: Record<ResourceKind | 'total', Weight>;
}

const KIND: Record<string, ResourceKind> = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts', image: 'images' };
const emptyWeights = (): Record<ResourceKind | 'total', Weight> =>
  Object.fromEntries(['html', 'css', 'js', 'fonts', 'images', 'other', 'total'].map((kind) => [kind, { requests: 0, bytes: 0, gzipBytes: 0 }])) as Record<ResourceKind | 'total', Weight>;

/** Loads a page in a fresh browser context and weighs every response, waiting after load. */
export async function weighPage(url: string, settleMs = 3000): Promise<PageWeight> {
  const browser = await chromium.launch({ ...(executablePath && { executablePath }), args: ['--disable-gpu'] });
  // Listen on the context, not the page: it also reports what a service worker fetches.
  const context = await browser.newContext();
  const page = await context.newPage();
  const weight: PageWeight = { url, beforeLoad: emptyWeights(), afterLoad: emptyWeights() };
  let loaded = false;
  const pending: Promise<void>[] = [];
  page.on('load', () => (loaded = true));
  context.on('response', (response) => {
    const phase = loaded ? weight.afterLoad : weight.beforeLoad;
    pending.push(
      response.body().then(
        (body) => {
          const kind = KIND[response.request().resourceType()] ?? 'other';
          for (const entry of [phase[kind], phase.total]) {
            entry.requests += 1;
            entry.bytes += body.length;
            // Gzipped as a static server would send it (level 6, the usual default).
            entry.gzipBytes += gzipSync(body, { level: 6 }).length;
          }
        },
        () => undefined,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  await Promise.all(pending);
  await browser.close();
  return weight;
}
