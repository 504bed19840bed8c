import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { resolveReference, scanPage } from './site-links';
import { courseModel } from '../course-model';
import { extractSamples } from '../../src/runnable/samples';

/** The two builds `npm test` makes, and the base path each is served under. */
const BUILDS = [
  { folder: 'dist', base: '/' },
  { folder: 'dist-course', base: '/course/' },
];

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === 'runtime' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

for (const { folder, base } of BUILDS) {
  describe(`${folder} (served under ${base})`, () => {
    const pages = htmlFiles(folder).map((path) => relative(folder, path));

    it('has every page', () => expect(pages.length).toBeGreaterThanOrEqual(18));

    it('lists, before Run and without JavaScript, the SQL of every sample that runs any', () => {
      for (const chapter of readdirSync('content').filter((name) => name.startsWith('chapter-'))) {
        for (const lesson of readdirSync(join('content', chapter)).filter((name) => name.endsWith('.mdx'))) {
          const file = join('content', chapter, lesson);
          const counts = extractSamples(file, readFileSync(file, 'utf8')).flatMap((sample) => (sample.queries ? [sample.queries] : []));
          const html = readFileSync(join(folder, chapter, lesson.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
          const listed = [...html.matchAll(/The SQL it runs: (\d+) SQL quer/g)].map((match) => Number(match[1]));
          expect(listed, file).toEqual(counts);
        }
      }
    });

    it('lists every lesson in the sitemap, at its absolute address under the base path', () => {
      const sitemap = readFileSync(join(folder, 'sitemap.xml'), 'utf8');
      const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
      const lessons = pages.filter((page) => /^chapter-\d+\/[^/]+\/index\.html$/.test(page)).map((page) => `${base}${page.replace(/index\.html$/, '')}`);
      expect(lessons.length).toBe(courseModel().lessons.length);
      for (const lesson of lessons) expect(listed).toContain(lesson);
      expect(listed).not.toContain(`${base}404/`);
      expect(listed.every((path) => path.startsWith(base))).toBe(true);
    });

    it('names the sitemap in robots.txt, and the manifest starts at the base path', () => {
      expect(readFileSync(join(folder, 'robots.txt'), 'utf8')).toMatch(new RegExp(`^Sitemap: https?://[^/]+${base}sitemap\\.xml$`, 'm'));
      const manifest = JSON.parse(readFileSync(join(folder, 'manifest.webmanifest'), 'utf8')) as { start_url: string; icons: { src: string }[] };
      expect(manifest.start_url).toBe(base);
      expect(existsSync(join(folder, manifest.icons[0]!.src.slice(base.length)))).toBe(true);
    });

    // Uses .htmlvalidate.mjs, like the html-validate command.
    const validator = new HtmlValidate(new FileSystemConfigLoader());

    it.each(pages)('%s is valid HTML', async (page) => {
      const report = await validator.validateFile(join(folder, page));
      const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.message} (${message.ruleId})`));
      expect(messages).toEqual([]);
    });

    it.each(pages)('every internal link and asset of %s exists, and so does every anchor', (page) => {
      const ids = new Map<string, Set<string>>();
      const idsOf = (file: string) => {
        if (!ids.has(file)) ids.set(file, scanPage(readFileSync(join(folder, file), 'utf8')).ids);
        return ids.get(file)!;
      };
      const broken: string[] = [];
      for (const href of scanPage(readFileSync(join(folder, page), 'utf8')).references) {
        const target = resolveReference(page, href, base);
        if (!target) continue;
        if (!existsSync(join(folder, target.file))) broken.push(`${href}: no file ${target.file}`);
        else if (target.anchor && target.file.endsWith('.html') && !idsOf(target.file).has(target.anchor)) broken.push(`${href}: no id "${target.anchor}" in ${target.file}`);
      }
      expect(broken).toEqual([]);
    });
  });
}
