import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { SearchEngine } from '../../src/lib/search/run';

/**
 * Pagefind's browser bundle (`<build>/pagefind/pagefind.js`) runs in Node as it is: without a
 * `window` it searches on the main thread instead of a worker, and it loads its index with
 * `fetch()`. Node's fetch cannot read `file:` URLs, so they are answered from disk here; every
 * other URL goes to the real fetch. The index and ranking are exactly those the browser gets.
 */
function answerFileUrls(): void {
  const original = globalThis.fetch as typeof fetch & { readsFiles?: true };
  if (original.readsFiles) return;
  const withFiles = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return original(input, init);
    try {
      return new Response(await readFile(fileURLToPath(url.split(/[?#]/)[0]!)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
  globalThis.fetch = Object.assign(withFiles, { readsFiles: true as const });
}

/** Loads the Pagefind index of a build folder (`dist`), as the site at `base` would. */
export async function loadBuiltSearch(folder: string, base: string): Promise<SearchEngine> {
  answerFileUrls();
  const script = join(resolve(folder), 'pagefind', 'pagefind.js');
  const engine = (await import(pathToFileURL(script).href)) as SearchEngine & {
    options(options: { baseUrl: string; excerptLength: number }): Promise<void>;
    init(): Promise<void>;
  };
  await engine.options({ baseUrl: base, excerptLength: 24 });
  await engine.init();
  return engine;
}

/**
 * The text Pagefind indexed for each page of a build, by URL: its fragment files, gzipped JSON
 * after a 12-byte signature (`pagefind_dcd`). For checks that need the whole page around an excerpt.
 */
export function readIndexedText(folder: string): Map<string, string> {
  const fragments = join(folder, 'pagefind', 'fragment');
  const pages = new Map<string, string>();
  for (const file of readdirSync(fragments)) {
    const json = gunzipSync(readFileSync(join(fragments, file))).subarray(12).toString('utf8');
    const { url, content } = JSON.parse(json) as { url: string; content: string };
    pages.set(url, content);
  }
  return pages;
}
