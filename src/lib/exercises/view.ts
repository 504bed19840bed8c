import type { MarkdownRenderer } from '../../question-types/contract';
import type { Exercise } from '../../schemas/exercise';
import type { HeadingLookup } from '../quiz/view';
import type { ExerciseSource } from './validate-exercises';

/** An exercise ready to render. The checks are not here: the page fetches them on the first Check (see exerciseChecks). */
export interface ExerciseView {
  id: string;
  /** The lesson the exercise is in. */
  lessonId: string;
  title: string;
  fixture?: string | undefined;
  taskHtml: string;
  /** The starter code as text (the editor starts with it) and highlighted (what a reader sees without JavaScript). */
  starter: string;
  starterHtml: string;
  solutionHtml: string;
  hintsHtml: string[];
  explanationHtml: string;
  /** The lesson heading that teaches what the exercise practises. */
  link: { path: string; text: string };
}

const pythonBlock = (code: string) => `\`\`\`python\n${code}\n\`\`\``;

async function exerciseView(exercise: Exercise, lessonId: string, render: MarkdownRenderer, lookup: HeadingLookup): Promise<ExerciseView> {
  const [taskHtml, starterHtml, solutionHtml, explanationHtml, ...hintsHtml] = await Promise.all(
    [exercise.task, pythonBlock(exercise.starter), pythonBlock(exercise.solution), exercise.explanation, ...exercise.hints].map((markdown) => render.block(markdown)),
  );
  return {
    id: exercise.id,
    lessonId,
    title: exercise.title,
    fixture: exercise.fixture,
    taskHtml: taskHtml!,
    starter: exercise.starter,
    starterHtml: starterHtml!,
    solutionHtml: solutionHtml!,
    hintsHtml,
    explanationHtml: explanationHtml!,
    link: lookup({ lessonId, slug: exercise.heading }),
  };
}

/** A lesson's exercises, in the order of their file. */
export function exerciseViews(source: ExerciseSource, render: MarkdownRenderer, lookup: HeadingLookup): Promise<ExerciseView[]> {
  return Promise.all(source.data.exercises.map((exercise) => exerciseView(exercise, source.lessonId, render, lookup)));
}

/** What the page fetches on a lesson's first Check: each exercise's checks (Python), by exercise id. */
export type ExerciseChecks = Record<string, string>;

export const exerciseChecks = (source: ExerciseSource): ExerciseChecks => Object.fromEntries(source.data.exercises.map((exercise) => [exercise.id, exercise.checks]));

/** Where a lesson's checks are served, inside the site: "exercise-checks/<chapter>/<lesson>.json". */
export const exerciseChecksPath = (lessonId: string) => `/exercise-checks/${lessonId}.json`;
