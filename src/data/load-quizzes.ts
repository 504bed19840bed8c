import { loadCourse } from './load-course';
import { renderInlineMarkdown, renderMarkdown } from '../markdown/render-markdown';
import { formatProblems } from '../lib/validate-course';
import { validateQuizFile, type LessonOutline, type QuizSource } from '../lib/quiz/validate-quizzes';
import { loadContent } from './load-content';
import type { ContentProblem } from '../lib/validate-course';
import { quizView, type HeadingLookup, type QuizView } from '../lib/quiz/view';

const markdown = { block: renderMarkdown, inline: renderInlineMarkdown };

/** Every lesson with its headings, rendered once per build. */
export async function lessonOutlines(): Promise<LessonOutline[]> {
  return (await loadContent()).outlines;
}

/** A lookup from a heading target to the link a question shows. */
export async function headingLookup(): Promise<HeadingLookup> {
  const [course, lessons] = await Promise.all([loadCourse(), lessonOutlines()]);
  return ({ lessonId, slug }) => {
    const lesson = course.lessons.find((candidate) => candidate.id === lessonId)!;
    const heading = lessons.find((candidate) => candidate.id === lessonId)!.headings.find((candidate) => candidate.slug === slug)!;
    return { path: `${lesson.path}#${slug}`, text: `${lesson.section} ${lesson.title}: ${heading.text}` };
  };
}

/** Stops the build with one readable error listing every problem found. */
function assertNoProblems(problems: ContentProblem[]): void {
  if (problems.length > 0) throw new Error(formatProblems(problems));
}

let views: Promise<Map<string, QuizView>> | undefined;

/** Every lesson's quiz, checked (see load-content.ts) and rendered, by lesson id. */
export function loadQuizzes(): Promise<Map<string, QuizView>> {
  views ??= (async () => {
    const { quizzes } = await loadContent();
    const lookup = await headingLookup();
    const rendered = await Promise.all(quizzes.map((quiz) => quizView(quiz, markdown, lookup)));
    return new Map(rendered.map((view) => [view.id, view]));
  })();
  return views;
}

/** Renders a quiz that is not part of the course (the test fixture), checked by the same rules. */
export async function renderStandaloneQuiz(quiz: QuizSource): Promise<QuizView> {
  assertNoProblems(validateQuizFile(quiz, await lessonOutlines()));
  return quizView(quiz, markdown, await headingLookup());
}
