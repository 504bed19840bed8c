import type { APIRoute } from 'astro';
import { loadCourse, lessonEntries } from '../data/load-course';
import type { KeywordRecord } from '../lib/search/keyword-record';
import { keywordIndexText } from '../lib/search/terms';
import { withBase } from '../lib/urls';

/** The lessons' keyword records (see src/lib/search/keyword-record.ts), for the search-index step of the build. */
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
