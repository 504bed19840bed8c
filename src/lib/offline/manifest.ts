import { RUNTIME_FOLDER } from './caching';

/**
 * What the service worker keeps for offline reading: the contract between the build, which writes
 * the manifest into sw.js (src/integrations/service-worker.ts), and the service worker that reads
 * it (src/components/offline/service-worker.ts). Paths are relative to the output folder, e.g.
 * "chapter-1/index.html".
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
  /**
   * The SHA-256 (hex) of every file the service worker may answer from a cache, by address: the
   * offline copy and the Python runtime. A cached copy whose bytes differ is not served.
   */
  integrity: Record<string, string>;
}

/** The files the service worker may keep: the offline copy and the Python runtime, not sw.js or server files. */
export function cacheableFiles(files: string[]): string[] {
  return files.filter((file) => file !== SERVICE_WORKER_FILE && !file.startsWith('_server/'));
}

/** The files of the offline copy: every page and asset except the Python runtime and sw.js itself. */
export function precacheFiles(files: string[]): string[] {
  return files.filter((file) => file !== SERVICE_WORKER_FILE && !NOT_PRECACHED.some((folder) => file.startsWith(folder)));
}

/** The address a file is served at, relative to the base: "chapter-1/index.html" is "chapter-1/". */
export function addressOf(file: string): string {
  return file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}
