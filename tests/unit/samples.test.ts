import { describe, expect, it } from 'vitest';
import { extractSamples, formatDrifts, pythonBlocks, sampleDrift, sampleDrifts, sharedSampleResult, shareSampleResult } from '../../src/runnable/samples';

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

// Issue 15: a wrong query count or output built fine; the build now runs every sample (sample-check.ts).
describe('sampleDrifts and the build message', () => {
  const [sample] = extractSamples('lesson.mdx', lesson);

  it('runs each sample once with its fixture and keeps only the ones that drifted', () => {
    const runs: (string | undefined)[] = [];
    const run = (_code: string, fixture?: string) => {
      runs.push(fixture);
      return { output: runs.length === 1 ? '10\n' : '9\n', error: null, queries: Array(11).fill('SELECT 1') };
    };
    expect(sampleDrifts([sample!, sample!], run)).toEqual(['lesson.mdx:3 "The N+1 problem": output differs (- lesson, + actual):\n- 10\n+ 9']);
    expect(runs).toEqual(['library', 'library']);
  });

  it('counts a traceback as output, so a sample that fails is reported', () => {
    const run = () => ({ output: '', error: 'Traceback ...\nNameError\n', queries: [] });
    expect(sampleDrifts([sample!], run)[0]).toContain('+ Traceback ...');
  });

  it('names every drifted sample, indents its diff, and says what to fix', () => {
    expect(formatDrifts(['a.mdx:3 "A": ran 2 SQL queries, the lesson says queries={1}', 'b.mdx:9 "B": output differs (- lesson, + actual):\n- 1\n+ 2'])).toBe(
      "2 runnable samples do not print or query what the lesson says (readers would see the lesson's figures):\n" +
        '- a.mdx:3 "A": ran 2 SQL queries, the lesson says queries={1}\n' +
        '- b.mdx:9 "B": output differs (- lesson, + actual):\n    - 1\n    + 2\n' +
        "Fix: correct the lesson's ```text block or `queries={...}` to what the code does (or the code, if it is the code that is wrong).",
    );
  });

  it('hands the pending result from the build step to the content checks, and none when there is none', async () => {
    expect(await sharedSampleResult()).toBeNull();
    shareSampleResult(Promise.resolve('1 runnable sample ...'));
    expect(await sharedSampleResult()).toBe('1 runnable sample ...');
    shareSampleResult(Promise.reject(new Error('no runtime')));
    expect(await sharedSampleResult()).toBeNull();
  });
});
