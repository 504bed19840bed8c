/**
 * How the service worker caches: shared by the service worker (src/scripts/offline/), the build
 * (./precache.ts) and the privacy page, which clears the caches.
 */

export { cachePrefix } from '../storage-keys';

/**
 * How the service worker answers a request, by the request's path inside its scope (the site's
 * base path), e.g. "chapter-1/", "_astro/x.js", "runtime/pyodide-314.0.7/pyodide.asm.wasm".
 */
export type Strategy =
  /** The network, and the offline copy when there is no network: a reader online never sees an old page. */
  | 'network-first'
  /** The offline copy, and the network for what it lacks: the file's name changes with its content. */
  | 'cache-first'
  /** The Python runtime: not part of the offline copy (about 14 MB); kept once a sample has loaded it. */
  | 'runtime';

/** Where the build writes the Python runtime; its files are named by version or content hash. */
export const RUNTIME_FOLDER = 'runtime/';

/** Pagefind's index: everything but the entry files and scripts is named by a hash of its content. */
const HASHED_SEARCH_FILE = /^pagefind\/(?:fragment|index|filter)\/|^pagefind\/[^/]+\.pf_meta$/;

/** The strategy for a path inside the scope, e.g. "_astro/x.js" or "" (the home page). */
export function strategyFor(path: string): Strategy {
  if (path.startsWith(RUNTIME_FOLDER)) return 'runtime';
  if (path.startsWith('_astro/') || HASHED_SEARCH_FILE.test(path)) return 'cache-first';
  return 'network-first';
}
