import type { z } from 'astro/zod';
import { plural } from './wording';
import type { ContentProblem } from './validate-course';
import type { DataPath } from './yaml-lines';

/**
 * Turns zod's findings on a content file into problems an author can act on: the question by its
 * id rather than its index, the field, what is there now, and a fix that fits what is wrong (a
 * field that is present with the wrong type is not "missing"). The schemas' own messages say how
 * to write a missing or malformed field; the type mismatches are worded here, once for all fields.
 */

/** What an issue needs to be described; parse with `{ reportInput: true }` so `input` is there. */
type Issue = z.core.$ZodIssue & { input?: unknown };

/** Parses a content file's data, collecting every problem rather than stopping at the first. */
export function parseContent<Schema extends z.ZodType>(schema: Schema, file: string, data: unknown): { data?: z.output<Schema>; problems: ContentProblem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  return { problems: result.error.issues.map((issue) => schemaProblem(file, data, issue)) };
}

/** One zod issue as a problem with the file, the question id, the field, what is wrong and the fix. */
export function schemaProblem(file: string, data: unknown, issue: Issue): ContentProblem {
  const { question, exercise, field } = placeOf(data, issue.path);
  const name = leafName(field);
  const { message, fix } = describe(issue, name, field);
  return { file, path: issue.path, ...(question !== undefined && { question }), ...(exercise !== undefined && { exercise }), ...(field.length > 0 && { field: field.join('.') }), message, fix };
}

/** A quiz's questions and a file's exercises are named by their id (or their number when the id is unusable); other paths are fields. */
function placeOf(data: unknown, path: DataPath): { question?: string; exercise?: string; field: PropertyKey[] } {
  const list = path[0];
  if ((list !== 'questions' && list !== 'exercises') || typeof path[1] !== 'number') return { field: [...path] };
  const id = (data as Record<string, { id?: unknown }[] | undefined>)[list]?.[path[1]]?.id;
  const name = typeof id === 'string' && id.trim() !== '' ? id : `number ${path[1] + 1} (it has no usable id)`;
  return { ...(list === 'questions' ? { question: name } : { exercise: name }), field: path.slice(2) };
}

/** `options.1.correct` is named `correct`; a list item `keywords.1` is "item 2 of `keywords`". */
function leafName(field: PropertyKey[]): string {
  const last = field.at(-1);
  if (typeof last !== 'number') return `\`${String(last ?? 'this')}\``;
  const list = field.filter((key) => typeof key === 'string').at(-1);
  return list ? `item ${last + 1} of \`${list}\`` : `item ${last + 1}`;
}

function describe(issue: Issue, name: string, field: PropertyKey[]): { message: string; fix: string } {
  if (issue.code === 'invalid_union' && 'discriminator' in issue && typeof issue.discriminator === 'string') {
    return discriminatorProblem(issue.discriminator, (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator], ('options' in issue ? (issue.options as unknown[]) : []).map(String));
  }
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return { message: `${name} is missing`, fix: issue.message };
    return { message: `${name} is ${valueText(issue.input)}, not ${expectedText(issue.expected)}`, fix: typeFix(issue.expected, issue.input, field) };
  }
  // The schemas word the other rules (too short, wrong format, empty) as what to write.
  return { message: issue.input === undefined ? `${name} is not valid` : `${name} is ${valueText(issue.input)}`, fix: issue.message };
}

/** A `type:` that names no question type: says which was meant when it is a likely typo. */
function discriminatorProblem(key: string, value: unknown, options: string[]): { message: string; fix: string } {
  const choices = options.join(', ');
  if (value === undefined) return { message: `\`${key}\` is missing`, fix: `add \`${key}:\` with one of ${choices}` };
  const text = String(value);
  const near = options.find((option) => editDistance(option, text.toLowerCase()) <= 2);
  return {
    message: `\`${key}: ${text}\` is not one of the ${plural(options.length, key)}`,
    fix: near ? `write \`${key}: ${near}\` (the ${key}s are ${choices})` : `use one of ${choices}`,
  };
}

/** What a YAML value reads as, for telling the author what the file says now. */
function valueText(value: unknown): string {
  if (value === null || value === '') return 'empty';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${plural(value.length, 'item')}`;
  return 'a set of `key: value` fields';
}

function expectedText(expected: string): string {
  return { number: 'a number', boolean: 'true or false', string: 'text', array: 'a list', object: 'a set of `key: value` fields' }[expected] ?? expected;
}

/** How to write a value of the expected type, starting from what is there. */
function typeFix(expected: string, value: unknown, field: PropertyKey[]): string {
  const key = field.at(-1);
  const written = (text: string) => (typeof key === 'number' ? `\`- ${text}\`` : `\`${String(key ?? '')}: ${text}\``);
  if (expected === 'number') {
    return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? `remove the quotes: ${written(value.trim())}` : `write a number, e.g. ${written('3')}`;
  }
  if (expected === 'boolean') return `write ${written('true')} or ${written('false')}, without quotes`;
  if (expected === 'string') {
    if (value === null || typeof value !== 'object') return `put it in quotes so YAML reads it as text: ${written(`"${value ?? ''}"`)}`;
    return `write it as one piece of text; for several lines use ${written('|')} and indent the lines below it`;
  }
  if (expected === 'array') return `write it as a list: one line per item, each starting with \`- \`, indented under ${written('')}`;
  if (expected === 'object') return 'write it as `key: value` fields, one per line, as in content/README.md';
  return `write ${expectedText(expected)}`;
}

/** Levenshtein distance, for "did you mean" on short words. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
