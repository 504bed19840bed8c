import { exerciseViews, type ExerciseView } from '../lib/exercises/view';
import { renderInlineMarkdown, renderMarkdown } from '../markdown/render-markdown';
import { loadContent } from './load-content';
import { headingLookup } from './load-quizzes';

export type { ExerciseView };

let views: Promise<Map<string, ExerciseView[]>> | undefined;

/** Every lesson's exercises, checked (see load-content.ts) and rendered, by lesson id; lessons without exercises are absent. */
export function loadExercises(): Promise<Map<string, ExerciseView[]>> {
  views ??= (async () => {
    const { exercises } = await loadContent();
    const lookup = await headingLookup();
    const rendered = await Promise.all(exercises.map(async (source) => [source.lessonId, await exerciseViews(source, { block: renderMarkdown, inline: renderInlineMarkdown }, lookup)] as const));
    return new Map(rendered);
  })();
  return views;
}
