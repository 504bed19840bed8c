import { describe, expect, it } from 'vitest';
import { cachePrefix, strategyFor } from '../../src/lib/offline/caching';
import { isIntact, sha256Hex } from '../../src/lib/offline/integrity';
import { addressOf, precacheFiles } from '../../src/lib/offline/manifest';
import { contentVersion, offlineManifest } from '../../src/integrations/service-worker';

const OUTPUT = [
  '404.html',
  '_astro/BaseLayout.DeCnxVT7.css',
  '_astro/python-worker-DfD6Bka_.js',
  '_server/nginx-csp.conf',
  'chapter-1/index.html',
  'chapter-1/what-is-enterprise-django/index.html',
  'index.html',
  'manifest.webmanifest',
  'pagefind/fragment/en_10bc63c.pf_fragment',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.js',
  'runtime/django-5.2.17-058907a427.zip',
  'runtime/licenses/NOTICE.md',
  'runtime/pyodide-314.0.7/pyodide.asm.wasm',
  'runtime/runtime.json',
  'sw.js',
];
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the offline copy', () => {
  it('holds every page and asset, but not the Python runtime, the server files or the service worker', () => {
    const left = ['_server/nginx-csp.conf', 'runtime/django-5.2.17-058907a427.zip', 'runtime/licenses/NOTICE.md', 'runtime/pyodide-314.0.7/pyodide.asm.wasm', 'runtime/runtime.json', 'sw.js'];
    expect(precacheFiles(OUTPUT)).toEqual(OUTPUT.filter((file) => !left.includes(file)));
  });

  it('asks for pages at their addresses, as links do', () => {
    expect(addressOf('index.html')).toBe('');
    expect(addressOf('chapter-1/what-is-enterprise-django/index.html')).toBe('chapter-1/what-is-enterprise-django/');
    expect(addressOf('404.html')).toBe('404.html');
    expect(addressOf('_astro/x.js')).toBe('_astro/x.js');
  });

  it('has a version that changes with any file’s content or name, not with the order', () => {
    const files = [
      { path: 'a.html', content: bytes('A') },
      { path: 'b.js', content: bytes('B') },
    ];
    const version = contentVersion(files);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(contentVersion([...files].reverse())).toBe(version);
    expect(contentVersion([files[0]!, { path: 'b.js', content: bytes('B2') }])).not.toBe(version);
    expect(contentVersion([files[0]!, { path: 'c.js', content: bytes('B') }])).not.toBe(version);
  });

  it('makes the manifest from the output folder, naming the runtime cache after the runtime', () => {
    const contents: Record<string, string> = { 'runtime/runtime.json': '{"bundle":"django-1.zip"}' };
    const read = (path: string) => bytes(contents[path] ?? path);
    const manifest = offlineManifest(OUTPUT, read);
    expect(manifest.precache).toContain('chapter-1/');
    expect(manifest.precache).toContain('');
    expect(manifest.precache).not.toContain('sw.js');
    // A new page changes the version; the runtime cache stays until the runtime changes.
    const withNewPage = offlineManifest([...OUTPUT, 'chapter-3/index.html'], read);
    expect(withNewPage.version).not.toBe(manifest.version);
    expect(withNewPage.runtimeCache).toBe(manifest.runtimeCache);
    contents['runtime/runtime.json'] = '{"bundle":"django-2.zip"}';
    const withNewRuntime = offlineManifest(OUTPUT, read);
    expect(withNewRuntime.runtimeCache).not.toBe(manifest.runtimeCache);
    expect(withNewRuntime.version).toBe(manifest.version);
  });

  it('gives the SHA-256 of every file the service worker may serve from a cache, by address', async () => {
    const read = (path: string) => bytes(path);
    const { integrity } = offlineManifest(OUTPUT, read);
    expect(Object.keys(integrity).sort()).toEqual(OUTPUT.filter((file) => file !== 'sw.js' && !file.startsWith('_server/')).map(addressOf).sort());
    expect(integrity['chapter-1/']).toBe(await sha256Hex(bytes('chapter-1/index.html').buffer as ArrayBuffer));
    expect(await isIntact(new Response('chapter-1/index.html'), integrity['chapter-1/'])).toBe(true);
    expect(await isIntact(new Response('planted'), integrity['chapter-1/'])).toBe(false);
    expect(await isIntact(new Response('chapter-1/index.html'), undefined)).toBe(false);
  });
});

describe('how each request is answered', () => {
  it('fetches pages and unhashed files first, so a reader online never sees an old version', () => {
    for (const path of ['', 'chapter-1/', 'chapter-1/what-is-enterprise-django/', 'search/', 'manifest.webmanifest', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']) {
      expect(strategyFor(path), path).toBe('network-first');
    }
  });

  it('serves files named by their content from the offline copy', () => {
    for (const path of ['_astro/BaseLayout.DeCnxVT7.css', '_astro/python-worker-DfD6Bka_.js', 'pagefind/fragment/en_10bc63c.pf_fragment', 'pagefind/index/en_48fc992.pf_index', 'pagefind/filter/en_cc14ad6.pf_filter', 'pagefind/pagefind.en_c72518600e.pf_meta']) {
      expect(strategyFor(path), path).toBe('cache-first');
    }
  });

  it('keeps the Python runtime once used', () => {
    expect(strategyFor('runtime/pyodide-314.0.7/pyodide.asm.wasm')).toBe('runtime');
    expect(strategyFor('runtime/django-5.2.17-058907a427.zip')).toBe('runtime');
  });

  it('names caches by the scope, so two copies of the course on one host stay apart', () => {
    expect(cachePrefix('/course/')).not.toBe(cachePrefix('/'));
    expect(`${cachePrefix('/course/')}site-1`.startsWith(cachePrefix('/'))).toBe(false);
  });
});
