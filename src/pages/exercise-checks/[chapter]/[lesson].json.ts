import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../data/load-content';
import { exerciseChecks } from '../../../lib/exercises/view';

/**
 * A lesson's exercise checks, fetched by the page on the first Check: Python the learner never
 * reads, so it stays out of the page's weight (src/components/exercises/exercise-check.ts).
 */
export const getStaticPaths = (async () => {
  const { exercises } = await loadContent();
  return exercises.map((source) => {
    const [chapter, lesson] = source.lessonId.split('/');
    return { params: { chapter, lesson }, props: { checks: exerciseChecks(source) } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.checks), { headers: { 'Content-Type': 'application/json' } });
