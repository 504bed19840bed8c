import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts prose and code words but not markup, imports or punctuation', () => {
    const body = "import X from './x';\n\n## A heading\n\n<Aside type=\"tip\">Two words</Aside>\n\n```python\nname = 1\n```\n\n- item — here";
    // A heading (2) + Two words (2) + python name 1 (3) + item here (2)
    expect(countWords(body)).toBe(9);
  });

  it('rounds to whole minutes at 200 words a minute, at least one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
    expect(readingMinutes('word '.repeat(1100))).toBe(6);
  });
});
