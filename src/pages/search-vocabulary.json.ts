import type { APIRoute } from 'astro';
import { loadCourse, lessonEntries } from '../data/load-course';
import { lessonOutlines } from '../data/load-quizzes';
import { buildVocabulary } from '../lib/search/spelling';

/** The words search suggests spellings from (see src/lib/search/spelling.ts), loaded with the search. */
export const GET: APIRoute = async () => {
  const course = await loadCourse();
  const entries = await lessonEntries();
  const outlines = await lessonOutlines();
  const keywords = course.lessons.flatMap((lesson) => entries.get(lesson.id)!.data.keywords);
  const texts = course.lessons.flatMap((lesson) => [
    lesson.title,
    lesson.summary,
    ...entries.get(lesson.id)!.data.objectives,
    ...outlines.find((outline) => outline.id === lesson.id)!.headings.map((heading) => heading.text),
  ]);
  return new Response(JSON.stringify(buildVocabulary(keywords, texts)), { headers: { 'Content-Type': 'application/json' } });
};
