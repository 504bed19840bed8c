// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import { shikiConfig } from './src/markdown/shiki-config.ts';
import { course } from './src/integrations/course.ts';

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
  // The course's own build steps, in the order they need: see src/integrations/course.ts.
  integrations: [mdx(), course()],
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
            groups: [
              {
                name: 'learner',
                test: /src\/(lib\/quiz\/|question-types\/[^/]+\/(grading|dom)\.|lib\/progress\/(progress-store|parse|migrate|types|schedule|record|summary)\.|lib\/(storage-keys|wording)\.|primitives\/|components\/progress\/local-progress\.|components\/quiz\/quiz-question\.)/,
              },
            ],
          },
        },
      },
    },
  },
});
