import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFiles } from './content-files';

const files = contentFiles(/\.(mdx|yaml)$/);

describe('links to the Django documentation', () => {
  const links = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/https:\/\/docs\.djangoproject\.com\/[^\s)"'>]*/g)].map((match) => ({ file, url: match[0] })));

  it('were found', () => expect(links.length).toBeGreaterThan(50));

  it('point at the pages for Django 5.2, the version the course teaches', () => {
    expect(links.filter((link) => !link.url.startsWith('https://docs.djangoproject.com/en/5.2/'))).toEqual([]);
  });
});
