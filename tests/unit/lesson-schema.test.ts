import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../src/schemas/lesson';
import { chapterSchema } from '../../src/schemas/chapter';
import { frontmatter } from './fixtures';

/** The field and message of each problem the schema reports. */
function problems(input: unknown, schema: typeof lessonSchema | typeof chapterSchema = lessonSchema) {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
}

describe('lesson frontmatter schema', () => {
  it('accepts a valid lesson and defaults its status to complete', () => {
    const result = lessonSchema.parse(frontmatter());
    expect(result.status).toBe('complete');
  });

  it.each(['title', 'section', 'summary', 'objectives', 'keywords', 'django'])('names the missing field %s and how to add it', (field) => {
    const input = frontmatter();
    delete input[field];
    expect(problems(input)).toEqual([{ field, message: expect.stringMatching(new RegExp(`^add \`${field}:\``)) }]);
  });

  it.each([
    ['1', 'unquoted or incomplete number'],
    ['1.0', 'section zero'],
    ['0.1', 'chapter zero'],
    ['1.2.3', 'three parts'],
  ])('rejects section %s (%s) with an example of the right form', (section) => {
    expect(problems(frontmatter({ section }))).toEqual([{ field: 'section', message: expect.stringContaining('e.g. `section: "2.3"`') }]);
  });

  it('rejects a section written as a YAML number, asking for quotes', () => {
    expect(problems(frontmatter({ section: 1.2 }))).toEqual([{ field: 'section', message: expect.stringContaining('quoted') }]);
  });

  it('rejects an empty title and says what to write', () => {
    expect(problems(frontmatter({ title: '  ' }))).toEqual([{ field: 'title', message: '`title` must not be empty: write the lesson title' }]);
  });

  it('rejects empty objective and keyword lists', () => {
    expect(problems(frontmatter({ objectives: [], keywords: [] }))).toEqual([
      { field: 'objectives', message: '`objectives` needs at least one item' },
      { field: 'keywords', message: '`keywords` needs at least one item' },
    ]);
  });

  it('points at the exact list item that is empty', () => {
    expect(problems(frontmatter({ keywords: ['ok', ''] }))).toEqual([{ field: 'keywords.1', message: 'a keyword must not be empty' }]);
  });

  it('asks for quotes when YAML turns a keyword into another type', () => {
    expect(problems(frontmatter({ keywords: ['blank', null] }))).toEqual([{ field: 'keywords.1', message: expect.stringContaining('quote items YAML reads as something else, e.g. "null"') }]);
  });

  it('rejects a Django version that is not major.minor', () => {
    expect(problems(frontmatter({ django: '5' }))).toEqual([{ field: 'django', message: expect.stringContaining('`django: "5.2"`') }]);
  });

  it('rejects an unknown status', () => {
    expect(problems(frontmatter({ status: 'draft' }))).toEqual([{ field: 'status', message: '`status` must be "complete" or "outline"' }]);
  });
});

describe('chapter schema', () => {
  it('names a missing chapter number', () => {
    expect(problems({ title: 'T', summary: 'S' }, chapterSchema)).toEqual([{ field: 'number', message: expect.stringContaining('add `number:`') }]);
  });

  it('rejects a fractional chapter number', () => {
    expect(problems({ number: 1.5, title: 'T', summary: 'S' }, chapterSchema)).toEqual([{ field: 'number', message: expect.stringContaining('whole number') }]);
  });
});
