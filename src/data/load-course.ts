import { getCollection, type CollectionEntry } from 'astro:content';
import type { Course } from '../lib/course';
import type { LessonData } from '../schemas/lesson';
import { loadContent } from './load-content';

/** The course in reading order, once all content has passed its checks (see load-content.ts). */
export async function loadCourse(): Promise<Course> {
  return (await loadContent()).course;
}

/** A lesson's collection entry, with its frontmatter as the lesson schema gives it. */
export type LessonEntry = CollectionEntry<'lessons'> & { data: LessonData };

/** The lesson entry for a course lesson id, for rendering. */
export async function lessonEntries(): Promise<Map<string, LessonEntry>> {
  const { frontmatter } = await loadContent();
  return new Map((await getCollection('lessons')).map((entry) => [entry.id, { ...entry, data: frontmatter.get(entry.id)! }]));
}
