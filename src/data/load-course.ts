import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCourse, type Course } from '../lib/course';
import { formatProblems, validateCourse, type ChapterSource, type LessonSource } from '../lib/validate-course';

let loaded: Promise<Course> | undefined;

/** Reads, validates and orders the course once per build; invalid content stops the build. */
export function loadCourse(): Promise<Course> {
  loaded ??= readCourse();
  return loaded;
}

async function readCourse(): Promise<Course> {
  const chapters = (await getCollection('chapters')).map(toChapterSource);
  const lessons = (await getCollection('lessons')).map(toLessonSource);
  const problems = validateCourse(chapters, lessons);
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return buildCourse(chapters, lessons);
}

function toChapterSource(entry: CollectionEntry<'chapters'>): ChapterSource {
  return { folder: entry.id, file: entry.filePath ?? `content/${entry.id}/chapter.yaml`, data: entry.data };
}

function toLessonSource(entry: CollectionEntry<'lessons'>): LessonSource {
  const [folder = '', slug = ''] = entry.id.split('/');
  return { folder, slug, file: entry.filePath ?? `content/${entry.id}.mdx`, data: entry.data };
}

/** The lesson entry for a course lesson id, for rendering. */
export async function lessonEntries(): Promise<Map<string, CollectionEntry<'lessons'>>> {
  return new Map((await getCollection('lessons')).map((entry) => [entry.id, entry]));
}
