import { createHash } from 'node:crypto';
import { RUNTIME_FOLDER } from './caching';

/**
 * What the service worker keeps for offline reading, worked out at build time from the files of
 * the output folder (paths relative to it, e.g. "chapter-1/index.html").
 */

/** The service worker's own file, at the top of the site so its scope is the whole course. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Folders of the output that are not part of the offline copy: the Python runtime and server files. */
const NOT_PRECACHED = [RUNTIME_FOLDER, '_server/'];

/** The service worker's instructions, written into sw.js. */
export interface OfflineManifest {
  /** Changes whenever any precached file changes, so each such deployment gives a new sw.js. */
  version: string;
  /** Addresses to download on install, relative to the service worker's scope ("" is the home page). */
  precache: string[];
  /** Name of the cache for the Python runtime; changes only when the runtime does. */
  runtimeCache: string;
}

/** The files of the offline copy: every page and asset except the Python runtime and sw.js itself. */
export function precacheFiles(files: string[]): string[] {
  return files.filter((file) => file !== SERVICE_WORKER_FILE && !NOT_PRECACHED.some((folder) => file.startsWith(folder)));
}

/** The address a file is served at, relative to the base: "chapter-1/index.html" is "chapter-1/". */
export function addressOf(file: string): string {
  return file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** A short hash of files' names and contents, independent of the order they are given in. */
export function contentVersion(files: { path: string; content: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const { path, content } of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    hash.update(`${path}\0`).update(createHash('sha256').update(content).digest());
  }
  return hash.digest('hex').slice(0, 16);
}

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
  };
}
