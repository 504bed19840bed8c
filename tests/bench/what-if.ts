/**
 * What a change to the lesson page would save, measured before anyone makes it: copies of a built
 * page, each with one change made by text substitution, served from the same build and measured
 * like the page (gzipped HTML, main-thread time by category, see page-cost.ts). The copies drop the
 * Content Security Policy meta tag, so that the one with classes may carry a <style> element; the
 * "as built" copy drops it too, so the comparison is fair. Prints figures only.
 *
 *   node tests/bench/what-if.ts http://127.0.0.1:4321 /chapter-2/designing-effective-models/
 * (the build in dist/ must be the one served)
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FLOOR_FOLDER } from './floor.ts';
import { measurePageCost } from './page-cost.ts';

const [origin, path] = process.argv.slice(2);
if (!origin || !path) throw new Error('Give the served origin and a lesson path, e.g. http://127.0.0.1:4321 /chapter-2/designing-effective-models/');

const built = readFileSync(join('dist', path, 'index.html'), 'utf8').replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');

/** shiki's per-token colours as classes: one rule per distinct style attribute, in a <style> element. */
function asClasses(html: string): string {
  const distinct = [...new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((match) => match[1]!))];
  const rules = distinct.map((style, index) => `.t${index.toString(36)}{${style}}`).join('');
  return html
    .replace(/\sstyle="([^"]*)"/g, (_, style: string) => ` class="t${distinct.indexOf(style).toString(36)}"`)
    .replace('</head>', `<style>${rules}</style></head>`);
}

/** Code as plain text: every element inside <pre> unwrapped (no highlighting at all, an upper bound). */
const plainCode = (html: string) => html.replace(/<pre([^>]*)>([\s\S]*?)<\/pre>/g, (_, attributes: string, code: string) => `<pre${attributes}>${code.replace(/<[^>]+>/g, '')}</pre>`);

/** No script at all: what the page's JavaScript costs, scripts and their requests included. */
const withoutScripts = (html: string) => html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');

/** No stylesheet: what the CSS costs in style and layout time. */
const withoutStylesheet = (html: string) => html.replace(/<link rel="stylesheet"[^>]*>/g, '');

const variants: Record<string, string> = {
  'as-built': built,
  'token-classes': asClasses(built),
  'plain-code': plainCode(built),
  'no-script': withoutScripts(built),
  'no-stylesheet': withoutStylesheet(built),
};
const folder = join('dist', FLOOR_FOLDER, 'what-if');
try {
  for (const [name, html] of Object.entries(variants)) {
    mkdirSync(join(folder, name), { recursive: true });
    writeFileSync(join(folder, name, 'index.html'), html);
    console.log(`${name}: ${(html.length / 1024).toFixed(1)} KB, ${(gzipSync(html, { level: 6 }).length / 1024).toFixed(1)} KB gzipped`);
  }
  await measurePageCost(Object.keys(variants).map((name) => `${origin}/${FLOOR_FOLDER}/what-if/${name}/`), 5);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
