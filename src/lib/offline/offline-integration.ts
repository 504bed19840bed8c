import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import { filesUnder } from '../output-files';
import { offlineManifest, SERVICE_WORKER_FILE, type OfflineManifest } from './precache';

const SOURCE = 'src/scripts/offline/service-worker.ts';

/** Bundles the service worker into one classic script with the manifest built in. */
async function bundleServiceWorker(manifest: OfflineManifest): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    define: { OFFLINE_MANIFEST: JSON.stringify(manifest) },
    build: { write: false, minify: true, lib: { entry: SOURCE, formats: ['iife'], name: 'courseServiceWorker' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((bundle) => ('output' in bundle ? bundle.output : []));
  const chunk = outputs.find((output) => output.type === 'chunk');
  if (!chunk) throw new Error(`Bundling ${SOURCE} produced no script.`);
  return chunk.code;
}

/**
 * Writes <base>sw.js after the build, once every page, the search index and the Content Security
 * Policy are written (this integration comes last), so the version covers the final files.
 */
export function offlineSupport(): AstroIntegration {
  return {
    name: 'enterprise-django:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const manifest = offlineManifest(filesUnder(site), (path) => readFileSync(join(site, path)));
        writeFileSync(join(site, SERVICE_WORKER_FILE), await bundleServiceWorker(manifest));
        logger.info(`Service worker ${manifest.version}: ${manifest.precache.length} files for offline reading`);
      },
    },
  };
}
