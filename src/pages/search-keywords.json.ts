import type { APIRoute } from 'astro';
import { loadCourse, lessonEntries } from '../lib/load-course';
import { keywordIndexText } from '../lib/search/terms';
import { withBase } from '../lib/urls';

/** One search record per lesson holding its keywords, read by the Pagefind step of the build. */
export interface KeywordRecord {
  url: string;
  content: string;
  title: string;
  section: string;
  summary: string;
  chapter: string;
}

/**
 * Written at build time for src/lib/search/pagefind-integration.ts, which indexes each record
 * and then deletes this file: it is not part of the published site.
 */
export const GET: APIRoute = async () => {
  const course = await loadCourse();
  const entries = await lessonEntries();
  const records: KeywordRecord[] = course.lessons.map((lesson) => ({
    url: withBase(lesson.path),
    content: keywordIndexText(entries.get(lesson.id)!.data.keywords),
    title: lesson.title,
    section: lesson.section,
    summary: lesson.summary,
    chapter: `Chapter ${lesson.chapterNumber}`,
  }));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
};
