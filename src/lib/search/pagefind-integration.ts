import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { KeywordRecord } from '../../pages/search-keywords.json';

/** Pagefind writes ready-made UIs too; the course has its own, so these are not shipped. */
const UNUSED_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css'];

/**
 * Builds the Pagefind index after the site is written. Only lesson pages are indexed, and of them
 * only the header and article (data-pagefind-body); quizzes opt out with data-pagefind-ignore, so
 * navigation, answers and explanations never show up in results. Each
 * lesson's keywords are added as a record of their own (see src/lib/search/terms.ts), so a search
 * for a Django name finds the lesson that teaches it first, and keyword lists never appear in
 * excerpts.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'enterprise-django:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const keywordsFile = `${site}/search-keywords.json`;
        const records = JSON.parse(readFileSync(keywordsFile, 'utf8')) as KeywordRecord[];
        for (const record of records) {
          // Pagefind's URLs are relative to the output folder; the browser adds the base back.
          const path = record.url.slice(base.length);
          const page = await index.addHTMLFile({ sourcePath: `${path}index.html`, content: readFileSync(`${site}/${path}index.html`, 'utf8') });
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
        rmSync(keywordsFile);

        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        for (const unused of UNUSED_FILES) rmSync(`${site}/pagefind/${unused}`, { force: true });
        logger.info(`Search index: ${records.length} lessons and their keywords`);
        await pagefind.close();
      },
    },
  };
}
