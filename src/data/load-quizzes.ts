import { getCollection, render } from 'astro:content';
import { loadCourse } from './load-course';
import { renderInlineMarkdown, renderMarkdown } from '../markdown/render-markdown';
import { formatProblems } from '../lib/validate-course';
import { validateQuizFile, validateQuizzes, type LessonOutline, type QuizSource } from '../lib/quiz/validate-quizzes';
import type { ContentProblem } from '../lib/validate-course';
import { quizView, type HeadingLookup, type QuizView } from '../lib/quiz/view';

const markdown = { block: renderMarkdown, inline: renderInlineMarkdown };

let outlines: Promise<LessonOutline[]> | undefined;

/** Every lesson with its headings, rendered once per build. */
export function lessonOutlines(): Promise<LessonOutline[]> {
  outlines ??= (async () => {
    const course = await loadCourse();
    const entries = await getCollection('lessons');
    return Promise.all(
      entries.map(async (entry) => ({
        id: entry.id,
        file: entry.filePath ?? `content/${entry.id}.mdx`,
        status: course.lessons.find((lesson) => lesson.id === entry.id)?.status ?? entry.data.status,
        headings: (await render(entry)).headings,
      })),
    );
  })();
  return outlines;
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

/** Every lesson's quiz, validated and rendered, by lesson id. Invalid quizzes stop the build. */
export function loadQuizzes(): Promise<Map<string, QuizView>> {
  views ??= (async () => {
    const quizzes: QuizSource[] = (await getCollection('quizzes')).map((entry) => ({
      lessonId: entry.id,
      file: entry.filePath ?? `content/${entry.id}.quiz.yaml`,
      data: entry.data,
    }));
    assertNoProblems(validateQuizzes(quizzes, await lessonOutlines()));
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
