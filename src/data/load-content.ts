import { readdirSync, readFileSync } from 'node:fs';
import { getCollection, render } from 'astro:content';
import { checkContent, type CheckedContent, type ContentFile } from '../lib/check-content';
import { formatProblems } from '../lib/validate-course';
import { sharedSampleResult } from '../runnable/samples';
import { FIXTURES_DIR } from '../integrations/python-runtime';

let loaded: Promise<CheckedContent> | undefined;

/**
 * Reads every chapter, lesson and quiz once per build and checks them all together; any problem
 * stops the build with one message listing every problem in every file. The collections have no
 * schema of their own (src/content.config.ts), so no file's schema error hides another's.
 */
export function loadContent(): Promise<CheckedContent> {
  loaded ??= readContent();
  return loaded;
}

async function readContent(): Promise<CheckedContent> {
  const [chapters, lessons, quizzes, exercises] = await Promise.all([getCollection('chapters'), getCollection('lessons'), getCollection('quizzes'), getCollection('exercises')]);
  const { content, problems } = checkContent({
    chapters: chapters.map((entry) => contentFile(entry, `content/${entry.id}/chapter.yaml`)),
    lessons: await Promise.all(lessons.map(async (entry) => ({ ...contentFile(entry, `content/${entry.id}.mdx`), headings: (await render(entry)).headings }))),
    quizzes: quizzes.map((entry) => contentFile(entry, `content/${entry.id}.quiz.yaml`)),
    exercises: exercises.map((entry) => contentFile(entry, `content/${entry.id}.exercises.yaml`)),
    fixtures: readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.py')).map((name) => name.slice(0, -'.py'.length)),
  });
  if (!content) {
    // Samples that drift from their lessons belong in the same report (astro build runs them alongside).
    const drifts = await sharedSampleResult();
    throw new Error(drifts ? `${formatProblems(problems)}\n\n${drifts}` : formatProblems(problems));
  }
  return content;
}

function contentFile(entry: { id: string; filePath?: string; data: unknown }, fallback: string): ContentFile {
  const file = entry.filePath ?? fallback;
  const text = readText(file);
  return { id: entry.id, file, data: entry.data, ...(text !== undefined && { text }) };
}

/** The file's text, for the lines of problems; a file that cannot be read just has no lines. */
function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
