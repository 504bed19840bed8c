import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

/**
 * The course as its content files define it, read the simple way (no schema checks: the build
 * does those). Tests take counts, titles and chapters from here instead of restating them, so a
 * new lesson or chapter breaks only the tests that point at it.
 */
export interface ModelLesson {
  section: string;
  title: string;
  chapter: number;
  /** Site-relative address without the base path, e.g. "/chapter-1/key-concepts/". */
  path: string;
  /** How many questions its quiz has; 0 without a quiz. */
  quizQuestions: number;
}

export interface ModelChapter {
  number: number;
  title: string;
  /** "Chapter 1: Introduction to Enterprise Django Development", as headings and the navigation show it. */
  heading: string;
  path: string;
  lessons: ModelLesson[];
}

const CONTENT = 'content';

const frontmatter = (text: string) => load(text.split(/^---$/m)[1] ?? '') as { title: string; section: string };
const sectionKey = (section: string) => section.split('.').map(Number);

/** The number of questions in a quiz file. */
export const quizQuestionCount = (file: string) => (load(readFileSync(file, 'utf8')) as { questions: unknown[] }).questions.length;

function readChapter(folder: string): ModelChapter {
  const { number, title } = load(readFileSync(join(CONTENT, folder, 'chapter.yaml'), 'utf8')) as { number: number; title: string };
  const files = readdirSync(join(CONTENT, folder));
  const lessons = files
    .filter((file) => file.endsWith('.mdx'))
    .map((file): ModelLesson => {
      const { title: lessonTitle, section } = frontmatter(readFileSync(join(CONTENT, folder, file), 'utf8'));
      const slug = file.replace(/\.mdx$/, '');
      const quiz = `${slug}.quiz.yaml`;
      return { section, title: lessonTitle, chapter: number, path: `/${folder}/${slug}/`, quizQuestions: files.includes(quiz) ? quizQuestionCount(join(CONTENT, folder, quiz)) : 0 };
    })
    .sort((a, b) => sectionKey(a.section)[1]! - sectionKey(b.section)[1]!);
  return { number, title, heading: `Chapter ${number}: ${title}`, path: `/${folder}/`, lessons };
}

/** Every chapter in order, each with its lessons in order. */
export function courseModel(): { chapters: ModelChapter[]; lessons: ModelLesson[] } {
  const folders = readdirSync(CONTENT, { withFileTypes: true }).filter((entry) => entry.isDirectory() && readdirSync(join(CONTENT, entry.name)).includes('chapter.yaml'));
  const chapters = folders.map((entry) => readChapter(entry.name)).sort((a, b) => a.number - b.number);
  return { chapters, lessons: chapters.flatMap((chapter) => chapter.lessons) };
}
