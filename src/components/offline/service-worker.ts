/// <reference lib="webworker" />
import type { OfflineManifest } from '../../lib/offline/manifest';
import { cachePrefix, strategyFor } from '../../lib/offline/caching';
import { isIntact } from '../../lib/offline/integrity';

/**
 * The course's service worker, bundled into <base>sw.js by the build (src/lib/offline/), which
 * puts the manifest in. On install it downloads the offline copy of this version of the course;
 * it becomes active once no page runs the previous version, or when the reader accepts the
 * update notice (a "skip-waiting" message). Strategies per address: src/lib/offline/caching.ts.
 * It serves a cached copy only if its bytes have the SHA-256 the build wrote (src/lib/offline/
 * integrity.ts): any script of the origin can write to its caches, and a planted file must not run.
 */
declare const self: ServiceWorkerGlobalScope;
declare const OFFLINE_MANIFEST: OfflineManifest;

const { version, precache, integrity, runtimeCache: runtimeCacheName } = OFFLINE_MANIFEST;
const scope = new URL(self.registration.scope);
/** Named by scope, so two copies of the course on one host keep separate caches. */
const prefix = cachePrefix(scope.pathname);
const siteCache = `${prefix}site-${version}`;
const runtimeCache = `${prefix}${runtimeCacheName}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(siteCache);
      // Past the browser's HTTP cache, which may hold files of an earlier deployment.
      await cache.addAll(precache.map((address) => new Request(new URL(address, scope), { cache: 'no-cache' })));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(prefix) && name !== siteCache && name !== runtimeCache).map((name) => caches.delete(name)));
      // Serve the pages already open, so the first visit works offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const strategy = strategyFor(url.pathname.slice(scope.pathname.length));
  if (strategy === 'network-first') event.respondWith(networkFirst(event.request));
  else if (strategy === 'cache-first') event.respondWith(cacheFirst(event));
  else event.respondWith(keptOnFirstUse(event));
});

/**
 * How to find a request's file in a cache. A page's query string (e.g. ?highlight=) does not
 * change the file, and neither do request headers: servers may still send Vary (astro preview
 * sends Vary: Origin), which would fail every module script, as those carry an Origin header.
 */
const MATCH = { ignoreSearch: true, ignoreVary: true };
/** Looks in one cache without creating it, so a copy the reader cleared stays cleared. */
const fromCache = (cacheName: string, request: Request) => caches.match(request, { ...MATCH, cacheName });

/** The build's SHA-256 of the file at this request's address. */
const expectedHash = (request: Request) => integrity[new URL(request.url).pathname.slice(scope.pathname.length)];

/** The cached copy, if it is exactly what the build wrote; a copy that is not is deleted. */
async function trustedCopy(cacheName: string, request: Request): Promise<Response | undefined> {
  const cached = await fromCache(cacheName, request);
  if (!cached) return undefined;
  if (await isIntact(cached, expectedHash(request))) return cached;
  await (await caches.open(cacheName)).delete(request, MATCH);
  return undefined;
}

/**
 * Fetches from the network and keeps the response in the cache if it is what the build wrote.
 * `create`: whether to create the cache if missing (not the offline copy, which a reader may clear).
 */
async function fetchAndKeep(event: FetchEvent, cacheName: string, create: boolean): Promise<Response> {
  const response = await fetch(event.request);
  if (response.ok) {
    // Copied now, before the page starts reading, and stored while it reads.
    const copy = response.clone();
    event.waitUntil(
      (async () => {
        if ((create || (await caches.has(cacheName))) && (await isIntact(copy, expectedHash(event.request)))) await (await caches.open(cacheName)).put(event.request, copy);
      })(),
    );
  }
  return response;
}

async function networkFirst(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await trustedCopy(siteCache, request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(event: FetchEvent): Promise<Response> {
  return (await trustedCopy(siteCache, event.request)) ?? fetchAndKeep(event, siteCache, false);
}

async function keptOnFirstUse(event: FetchEvent): Promise<Response> {
  return (await trustedCopy(runtimeCache, event.request)) ?? fetchAndKeep(event, runtimeCache, true);
}
