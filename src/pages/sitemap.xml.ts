import type { APIRoute } from 'astro';
import { loadCourse } from '../data/load-course';
import { withBase } from '../lib/urls';

/** Every page a reader may land on from a search engine, as absolute URLs under SITE_URL. */
export const GET: APIRoute = async ({ site }) => {
  const course = await loadCourse();
  const paths = ['/', ...course.chapters.flatMap((chapter) => [chapter.path, ...chapter.lessons.map((lesson) => lesson.path)]), '/topics/', '/search/', '/privacy/'];
  const urls = paths.map((path) => `  <url><loc>${new URL(withBase(path), site).href}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
