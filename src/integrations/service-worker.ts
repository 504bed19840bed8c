import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { build } from 'vite';
import { RUNTIME_FOLDER } from '../lib/offline/caching';
import { addressOf, cacheableFiles, precacheFiles, SERVICE_WORKER_FILE, type OfflineManifest } from '../lib/offline/manifest';
import { filesUnder } from './output-files';

/** The service worker's source, relative to the project root. */
const SOURCE = 'src/components/offline/service-worker.ts';

/** A short hash of files' names and contents, independent of the order they are given in. */
export function contentVersion(files: { path: string; content: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const { path, content } of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(`${path}\0`).update(createHash('sha256').update(content).digest());
  }
  return hash.digest('hex').slice(0, 16);
}

/** A file's SHA-256 in hex, as the service worker computes it with crypto.subtle. */
export const sha256Hex = (content: Uint8Array) => createHash('sha256').update(content).digest('hex');

/**
 * The manifest for an output folder: `read` gives a file's content. The runtime cache is named
 * after the runtime's own manifest (runtime/runtime.json), which names every runtime file.
 */
export function offlineManifest(files: string[], read: (path: string) => Uint8Array): OfflineManifest {
  const precached = precacheFiles(files);
  const runtimeManifest = `${RUNTIME_FOLDER}runtime.json`;
  return {
    version: contentVersion(precached.map((path) => ({ path, content: read(path) }))),
    precache: precached.map(addressOf),
    runtimeCache: `runtime-${contentVersion([{ path: runtimeManifest, content: read(runtimeManifest) }])}`,
    integrity: Object.fromEntries(cacheableFiles(files).map((path) => [addressOf(path), sha256Hex(read(path))])),
  };
}

/** Bundles the service worker into one classic script with the manifest built in. */
async function bundleServiceWorker(root: string, manifest: OfflineManifest): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    define: { OFFLINE_MANIFEST: JSON.stringify(manifest) },
    build: { write: false, minify: true, lib: { entry: join(root, SOURCE), formats: ['iife'], name: 'courseServiceWorker' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((bundle) => ('output' in bundle ? bundle.output : []));
  const chunk = outputs.find((output) => output.type === 'chunk');
  if (!chunk) throw new Error(`Bundling ${SOURCE} produced no script.`);
  return chunk.code;
}

/**
 * Writes <base>sw.js into the finished output folder. It must run after every other step that
 * writes files (the search index, the Content Security Policy), so the version covers them all.
 */
export async function writeServiceWorker(site: string, root: string, logger: AstroIntegrationLogger): Promise<void> {
  const manifest = offlineManifest(filesUnder(site), (path) => readFileSync(join(site, path)));
  writeFileSync(join(site, SERVICE_WORKER_FILE), await bundleServiceWorker(root, manifest));
  logger.info(`Service worker ${manifest.version}: ${manifest.precache.length} files for offline reading`);
}
