/** A runnable sample as written in a lesson. */
export interface Sample {
  /** The lesson file, for messages. */
  file: string;
  /** 1-based line of the `<Runnable>` tag. */
  line: number;
  title: string;
  fixture?: string;
  /** The number of SQL queries the sample must run. */
  queries?: number;
  code: string;
  /** What the sample must print. */
  expectedOutput: string;
}

const RUNNABLE = /<Runnable\b([^>]*)>([\s\S]*?)<\/Runnable>/g;
const FENCE = /^```(\w+)([^\n]*)\n([\s\S]*?)^```\s*$/gm;

function attribute(attributes: string, name: string): string | undefined {
  const match = attributes.match(new RegExp(`\\b${name}=(?:"([^"]*)"|\\{(\\d+)\\})`));
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Every `<Runnable>` block of an MDX lesson: its code, fixture and expected output. */
export function extractSamples(file: string, mdx: string): Sample[] {
  return [...mdx.matchAll(RUNNABLE)].map((match) => {
    const [, attributes = '', body = ''] = match;
    const fences = [...body.matchAll(FENCE)].map(([, language, meta, content]) => ({ language, meta: meta ?? '', content: (content ?? '').replace(/\n$/, '') }));
    const code = fences.find((fence) => fence.language === 'python');
    const output = fences.find((fence) => fence.language === 'text');
    const line = mdx.slice(0, match.index).split('\n').length;
    if (!code || !output) throw new Error(`${file}:${line}: a <Runnable> needs a \`\`\`python block and a \`\`\`text block with its expected output`);
    const queries = attribute(attributes, 'queries');
    const fixture = attribute(attributes, 'fixture');
    return {
      file,
      line,
      title: code.meta.match(/title="([^"]*)"/)?.[1] ?? `sample at line ${line}`,
      ...(fixture && { fixture }),
      ...(queries !== undefined && { queries: Number(queries) }),
      code: code.content,
      expectedOutput: output.content,
    };
  });
}

/** Every ```python block of a Markdown or MDX text, with its line, for compile checks. */
export function pythonBlocks(mdx: string): { line: number; code: string }[] {
  return [...mdx.matchAll(FENCE)]
    .filter(([, language]) => language === 'python')
    .map((match) => ({ line: mdx.slice(0, match.index).split('\n').length, code: (match[3] ?? '').replace(/\n$/, '') }));
}

/** Compares a run with what the lesson says, as a readable diff; null when they agree. */
export function sampleDrift(sample: Sample, output: string, queryCount: number): string | null {
  const problems: string[] = [];
  const actual = output.replace(/\n$/, '');
  if (actual !== sample.expectedOutput) {
    const expectedLines = sample.expectedOutput.split('\n');
    const actualLines = actual.split('\n');
    const diff: string[] = [];
    for (let i = 0; i < Math.max(expectedLines.length, actualLines.length); i++) {
      if (expectedLines[i] === actualLines[i]) diff.push(`  ${expectedLines[i]}`);
      else {
        if (expectedLines[i] !== undefined) diff.push(`- ${expectedLines[i]}`);
        if (actualLines[i] !== undefined) diff.push(`+ ${actualLines[i]}`);
      }
    }
    problems.push(`output differs (- lesson, + actual):\n${diff.join('\n')}`);
  }
  if (sample.queries !== undefined && sample.queries !== queryCount) problems.push(`ran ${queryCount} SQL queries, the lesson says queries={${sample.queries}}`);
  return problems.length ? `${sample.file}:${sample.line} "${sample.title}": ${problems.join('\n')}` : null;
}

/** What checking a sample needs from the runtime: `run`, as bootDjango gives it. */
export type RunSample = (code: string, fixture?: string) => { output: string; error: string | null; queries: string[] };

/** Runs every sample once: the drift of each whose output or query count is not what its lesson says. */
export function sampleDrifts(samples: Sample[], run: RunSample): string[] {
  return checkSamples(samples, run).drifts;
}

/** Runs every sample once: the drifts, and the SQL each sample ran by sampleKey, which its page lists before Run. */
export function checkSamples(samples: Sample[], run: RunSample): { drifts: string[]; sql: Record<string, string[]> } {
  const drifts: string[] = [];
  const sql: Record<string, string[]> = {};
  for (const sample of samples) {
    const result = run(sample.code, sample.fixture);
    const drift = sampleDrift(sample, result.output + (result.error ?? ''), result.queries.length);
    if (drift !== null) drifts.push(drift);
    sql[sampleKey(sample.code, sample.fixture)] = result.queries;
  }
  return { drifts, sql };
}

/**
 * Names a sample by its code and fixture, the same whether the code comes from the lesson's source
 * or from its rendered page: highlighting drops `# [!code ...]` markers and nothing else.
 */
export function sampleKey(code: string, fixture: string | undefined): string {
  const normalised = code
    .split('\n')
    .map((line) => line.replace(/\s*#\s*\[!code [^\]]*\]/g, '').trimEnd())
    .join('\n')
    .trim();
  return `${fixture ?? ''}\n${normalised}`;
}

/** The build's message for samples that drifted: each with its place, title, and lesson against actual. */
export function formatDrifts(drifts: string[]): string {
  const noun = drifts.length === 1 ? 'runnable sample does' : 'runnable samples do';
  return (
    `${drifts.length} ${noun} not print or query what the lesson says (readers would see the lesson's figures):\n` +
    drifts.map((drift) => `- ${drift.replace(/\n/g, '\n    ')}`).join('\n') +
    "\nFix: correct the lesson's ```text block or `queries={...}` to what the code does (or the code, if it is the code that is wrong)."
  );
}

/**
 * `astro build` runs the samples alongside rendering (src/integrations/sample-check.ts) and leaves
 * the pending result here, under a global key, so that a build the content checks stop
 * (src/data/load-content.ts) reports drifted samples in the same message instead of dropping them.
 */
const PENDING_DRIFTS = Symbol.for('enterprise-django:sample-drifts');

/** Shares the pending result of the sample run: the drift message, or null when all agree. */
export function shareSampleResult(result: Promise<string | null>): void {
  (globalThis as Record<symbol, unknown>)[PENDING_DRIFTS] = result;
}

/** The shared result of the sample run; null when there is none (astro dev, unit tests) or it failed to run. */
export async function sharedSampleResult(): Promise<string | null> {
  const pending = (globalThis as Record<symbol, unknown>)[PENDING_DRIFTS] as Promise<string | null> | undefined;
  return pending ? pending.catch(() => null) : null;
}

/** The SQL each sample ran in this build, by sampleKey, shared the same way as the result above. */
const PENDING_SQL = Symbol.for('enterprise-django:sample-sql');

export function shareSampleSql(sql: Promise<Record<string, string[]>>): void {
  (globalThis as Record<symbol, unknown>)[PENDING_SQL] = sql;
}

/** The SQL a sample ran in this build's check; undefined when there was no check (astro dev) or it failed to run. */
export async function sharedSampleSql(code: string, fixture: string | undefined): Promise<string[] | undefined> {
  const pending = (globalThis as Record<symbol, unknown>)[PENDING_SQL] as Promise<Record<string, string[]>> | undefined;
  const sql = pending ? await pending.catch(() => undefined) : undefined;
  return sql?.[sampleKey(code, fixture)];
}
