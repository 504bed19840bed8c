import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { resolveReference, scanPage } from '../../src/lib/site-links';

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
