import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { markBoundariesForIndex } from '../lib/search/excerpt';
import { KEYWORDS_FILE, type KeywordRecord } from '../lib/search/keyword-record';

/** Pagefind writes ready-made UIs too; the course has its own, so these are not shipped. */
const UNUSED_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css'];

/**
 * Builds the Pagefind index into the written site. Only lesson pages are indexed, and of them
 * only the header and article (data-pagefind-body); quizzes opt out with data-pagefind-ignore, so
 * navigation, answers and explanations never show up in results. Each lesson's keywords are added
 * as a record of their own (see src/lib/search/terms.ts), so a search for a Django name finds the
 * lesson that teaches it first, and keyword lists never appear in excerpts. Code titles, lines and
 * blocks are marked in the indexed text (not the page) so excerpts can keep code apart from prose.
 */
export async function writeSearchIndex(site: string, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const keywordsFile = join(site, KEYWORDS_FILE);
  const records = JSON.parse(readFileSync(keywordsFile, 'utf8')) as KeywordRecord[];
  rmSync(keywordsFile);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const record of records) {
      // Pagefind's URLs are relative to the output folder; the browser adds the base back.
      const path = record.url.slice(base.length);
      const page = await index.addHTMLFile({ sourcePath: `${path}index.html`, content: markBoundariesForIndex(readFileSync(join(site, path, 'index.html'), 'utf8')) });
      if (page.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${page.errors.join('; ')}`);
      // Its own address (the lesson title's anchor): Pagefind keeps one record per URL.
      const keywords = await index.addCustomRecord({
        url: `/${path}#lesson-title`,
        content: record.content,
        language: 'en',
        meta: { title: record.title, section: record.section, summary: record.summary, kind: 'keywords' },
        filters: { chapter: [record.chapter] },
      });
      if (keywords.errors.length) throw new Error(`Pagefind could not index the keywords of ${record.url}: ${keywords.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    // Pagefind runs as a child process: a failed build must not leave it running.
    await pagefind.close();
  }
  for (const unused of UNUSED_FILES) rmSync(join(site, 'pagefind', unused), { force: true });
  logger.info(`Search index: ${records.length} lessons and their keywords`);
}
