// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { shikiConfig } from './src/markdown/shiki-config.ts';
import { runnableExamples } from './src/runnable/integration.ts';
import { pagefindIndex } from './src/lib/search/pagefind-integration.ts';
import { contentSecurityPolicy } from './src/lib/security/csp-integration.ts';
import { offlineSupport } from './src/lib/offline/offline-integration.ts';

/** Where the site is served from: `/` by default, e.g. `/course/` for a sub-path. */
const base = process.env.BASE_PATH || '/';
/** The public address, used for absolute URLs (canonical links, sitemap). */
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  build: { format: 'directory' },
  // Their build:done hooks run in this order: the policy reads the finished pages, and the
  // service worker's version covers every file, policy included.
  integrations: [runnableExamples(), mdx(), pagefindIndex(), contentSecurityPolicy(), offlineSupport()],
  markdown: {
    processor: satteri({ hastPlugins: [headingAnchors] }),
    shikiConfig,
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // Lesson pages' quiz, read mark and sidebar marks share their progress and grading code:
          // one chunk for it, rather than a request per shared module. Code only the progress and
          // review pages use (merge, import, review) stays out of it.
          codeSplitting: {
            groups: [{ name: 'learner', test: /src\/(lib\/quiz\/|lib\/progress\/(store|parse|migrate|types|schedule|record|summary)\.|scripts\/(progress-store|quiz-question)\.)/ }],
          },
        },
      },
    },
  },
});
