import { describe, expect, it } from 'vitest';
import { extractSamples, pythonBlocks, sampleDrift } from '../../src/runnable/samples';

const lesson = `Intro.

<Runnable fixture="library" queries={11}>

\`\`\`python title="The N+1 problem"
from library.models import Book
print(Book.objects.count())
\`\`\`

\`\`\`text title="Output"
10
\`\`\`

</Runnable>

\`\`\`python
x = 1
\`\`\`
`;

describe('extractSamples', () => {
  it('reads code, fixture, query count and expected output', () => {
    expect(extractSamples('lesson.mdx', lesson)).toEqual([
      { file: 'lesson.mdx', line: 3, title: 'The N+1 problem', fixture: 'library', queries: 11, code: 'from library.models import Book\nprint(Book.objects.count())', expectedOutput: '10' },
    ]);
  });

  it('refuses a sample without its expected output', () => {
    expect(() => extractSamples('x.mdx', '<Runnable>\n\n```python\nprint(1)\n```\n\n</Runnable>')).toThrow('x.mdx:1: a <Runnable> needs');
  });
});

describe('pythonBlocks', () => {
  it('finds every Python block with its line', () => {
    expect(pythonBlocks(lesson).map((block) => block.line)).toEqual([5, 16]);
  });
});

describe('sampleDrift', () => {
  const [sample] = extractSamples('lesson.mdx', lesson);
  it('is null when output and query count match', () => {
    expect(sampleDrift(sample!, '10\n', 11)).toBeNull();
  });
  it('shows a line diff and the query count that drifted', () => {
    expect(sampleDrift(sample!, '12\n', 1)).toBe('lesson.mdx:3 "The N+1 problem": output differs (- lesson, + actual):\n- 10\n+ 12\nran 1 SQL queries, the lesson says queries={11}');
  });
});
