import { describe, expect, it } from 'vitest';
import { tableOfContents } from '../../src/lib/toc';

describe('tableOfContents', () => {
  it('nests h3 headings under the h2 before them and ignores other depths', () => {
    const entries = tableOfContents([
      { depth: 2, slug: 'models', text: 'Models' },
      { depth: 3, slug: 'fields', text: 'Fields' },
      { depth: 4, slug: 'too-deep', text: 'Too deep' },
      { depth: 3, slug: 'meta', text: 'Meta' },
      { depth: 2, slug: 'key-takeaways', text: 'Key takeaways' },
    ]);
    expect(entries).toEqual([
      {
        slug: 'models',
        text: 'Models',
        children: [
          { slug: 'fields', text: 'Fields', children: [] },
          { slug: 'meta', text: 'Meta', children: [] },
        ],
      },
      { slug: 'key-takeaways', text: 'Key takeaways', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(tableOfContents([{ depth: 3, slug: 'early', text: 'Early' }])).toEqual([{ slug: 'early', text: 'Early', children: [] }]);
  });

  it('is empty for a lesson without headings', () => {
    expect(tableOfContents([])).toEqual([]);
  });
});
