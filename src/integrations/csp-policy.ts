import { createHash } from 'node:crypto';
import { SANDBOX_SCRIPT } from '../components/runnable/sandbox-document';

/**
 * The Content Security Policy, computed from the built pages: every inline script and style
 * element is allowed by the SHA-256 hash of its exact text, nothing else inline runs, and
 * nothing loads from another origin. Each page carries its own hashes in a meta tag; the server
 * header carries all pages' hashes, what the workers need, and what a meta tag cannot hold.
 */

/** Script types a browser executes; anything else (e.g. application/json) is a data block. */
const EXECUTABLE_TYPE = /^(?:|module|text\/javascript|application\/javascript)$/i;

/** The text of every inline script the browser runs, in page order. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\ssrc\s*=/i.test(` ${attributes}`) && EXECUTABLE_TYPE.test(attributeValue(attributes, 'type')))
    .map(([, , text = '']) => text);
}

/** The text of every <style> element, in page order. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, text = '']) => text);
}

function attributeValue(attributes: string, name: string): string {
  const match = attributes.match(new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i'));
  return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
}

/** A CSP hash source for exactly this text, e.g. 'sha256-…' (quotes included). */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Hash sources of what one page (or, merged, the whole site) runs and styles inline. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
  /** Whether the page (or any page) runs Python: it then makes the sandbox frame, see pythonSources. */
  python?: boolean;
}

/** A page with a runnable sample runs Python in a sandbox frame on Run. */
const runsPython = (html: string) => /<runnable-sample\b/.test(html);

/** The hashes of a page's inline scripts and styles, without repeats, and the sandbox frame's script if it runs Python. */
export function pageHashes(html: string): InlineHashes {
  const python = runsPython(html);
  const scripts = [...inlineScripts(html), ...(python ? [SANDBOX_SCRIPT] : [])];
  return { scripts: unique(scripts.map(hashSource)), styles: unique(inlineStyles(html).map(hashSource)), python };
}

/** Every page's hashes in one set, sorted so the result does not depend on page order. */
export function mergeHashes(pages: InlineHashes[]): InlineHashes {
  return { scripts: unique(pages.flatMap((page) => page.scripts)).sort(), styles: unique(pages.flatMap((page) => page.styles)).sort(), python: pages.some((page) => page.python) };
}

/**
 * What a page that runs Python adds. Its sandbox frame (src/components/runnable/
 * sandbox-document.ts) is a srcdoc, which inherits the page's policy, and so does the worker it
 * starts from a blob: URL: the worker and the Pyodide modules it imports are blob: scripts, and
 * Pyodide compiles WebAssembly ('wasm-unsafe-eval': compiling wasm, not eval()). Only the page's
 * own scripts can make a blob: URL, and the frame's own policy takes away the network.
 */
const PYTHON_SCRIPT_SOURCES = ['blob:', "'wasm-unsafe-eval'"];

const unique = (values: string[]) => [...new Set(values)];

/**
 * The policy for pages with these inline hashes, one directive per entry.
 * style-src-attr 'unsafe-inline': shiki colours code with style="" attributes (hundreds per
 * page). An attribute style cannot load anything (img-src and font-src still apply) or reach
 * other elements, so the risk is small; <style> elements stay locked to their hashes.
 */
export function pagePolicy(hashes: InlineHashes): string[] {
  return policy(hashes, hashes.python ? PYTHON_SCRIPT_SOURCES : []);
}

/** Directives that only work in a response header: browsers ignore them in a meta tag. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * The policy a server sends with every response: all pages' hashes, the header-only directives,
 * and 'wasm-unsafe-eval'. A worker takes its policy from its own script's response header, never
 * from the page's meta tag, and both workers compile WebAssembly: Pagefind's (search) and the
 * Python one (Pyodide). 'wasm-unsafe-eval' allows compiling wasm, not eval() or new Function();
 * Pyodide needs no 'unsafe-eval'. Pages compile no wasm themselves, and their meta tag, which
 * applies together with this header, leaves it out.
 */
export function headerPolicy(site: InlineHashes): string[] {
  return [...policy(site, site.python ? PYTHON_SCRIPT_SOURCES : ["'wasm-unsafe-eval'"]), ...HEADER_ONLY_DIRECTIVES];
}

function policy({ scripts, styles, python }: InlineHashes, scriptKeywords: string[]): string[] {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scriptKeywords, ...scripts].join(' '),
    ['style-src', "'self'", ...styles].join(' '),
    "style-src-attr 'unsafe-inline'",
    // The favicon is an inline data: image, which saves a request on every page.
    "img-src 'self' data:",
    python ? "worker-src 'self' blob:" : "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ];
}

export const serializePolicy = (directives: string[]) => directives.join('; ');

/**
 * Adds the policy to a page as a meta tag, right after <meta charset>: a meta policy only
 * applies to what follows it, so it must come before the first script.
 */
export function withPolicyMeta(html: string, directives: string[], page = 'page'): string {
  if (/<meta\s+http-equiv="content-security-policy"/i.test(html)) throw new Error(`${page} already has a Content-Security-Policy meta tag.`);
  const meta = `<meta http-equiv="content-security-policy" content="${serializePolicy(directives)}">`;
  const anchor = html.match(/<meta charset="[^"]*"\s*\/?>/i) ?? html.match(/<head>/i);
  if (!anchor || anchor.index === undefined) throw new Error(`${page} has no <head>, so it cannot carry a Content-Security-Policy.`);
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

/** The nginx line that sends the policy, for src/deploy/nginx.conf to include. */
export function nginxSnippet(directives: string[]): string {
  return [
    '# Generated by the build (src/integrations/csp-policy.ts) from the pages in this folder: do not edit.',
    '# nginx reads it when it loads its configuration, so reload nginx after deploying a new build.',
    `add_header Content-Security-Policy "${serializePolicy(directives)}" always;`,
    '',
  ].join('\n');
}
