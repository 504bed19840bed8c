import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeContentSecurityPolicy } from './content-security-policy';
import { fixtureSchemasModule } from './fixture-schemas';
import { prepareRuntime, pythonRuntimeModule } from './python-runtime';
import { startSampleCheck } from './sample-check';
import { writeSearchIndex } from './search-index';
import { writeServiceWorker } from './service-worker';

/**
 * Everything the course adds to Astro's build, in one place and in the order it must happen:
 *
 * 1. before rendering, the Python runtime for the runnable samples (pip, once per machine), and
 *    a run of every sample, alongside the build, which fails it when a sample drifts from its lesson;
 * 2. after the pages are written, the search index, which reads the lesson pages;
 * 3. the Content Security Policy, which hashes each finished page's inline scripts;
 * 4. last, the service worker, whose version covers every file written before it.
 */
export function course(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let cacheDir = '';
  let sampleCheck = { finish: async () => {} };
  return {
    name: 'enterprise-django',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        root = fileURLToPath(config.root);
        const log = (message: string) => logger.info(message);
        // A build fails at once, before rendering, when the runtime cannot be built.
        if (command === 'build') prepareRuntime(root, log);
        updateConfig({ vite: { plugins: [pythonRuntimeModule(root, log), fixtureSchemasModule(root, log)] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        sampleCheck = startSampleCheck(root, cacheDir, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await sampleCheck.finish();
        const site = fileURLToPath(dir);
        await writeSearchIndex(site, base, logger);
        writeContentSecurityPolicy(site, logger);
        await writeServiceWorker(site, root, logger);
      },
    },
  };
}
