import type { Finding } from '../../question-types/contract';
import { definitionOf } from '../../question-types/definition';
import type { Question } from '../../question-types/registry';
import type { QuizData } from '../../schemas/quiz';
import type { Heading } from '../toc';
import type { WritingStatus } from '../../schemas/lesson';
import type { ContentProblem } from '../validate-course';

/** The fewest questions a quiz may have. */
export const MIN_QUESTIONS = 4;

/** A quiz file as the build reads it. */
export interface QuizSource {
  /** The lesson the quiz belongs to, "<folder>/<slug>", from the file's name. */
  lessonId: string;
  file: string;
  data: QuizData;
  /** Some questions failed their schema and are left out of `data`: the count is not checked. */
  incomplete?: boolean;
}

/** What the quiz checks need to know about a lesson. */
export interface LessonOutline {
  id: string;
  file: string;
  status: WritingStatus;
  headings: Heading[];
}

/** Where a question's `heading` points: a lesson and the id of one of its headings. */
export interface HeadingTarget {
  lessonId: string;
  slug: string;
}

/**
 * Resolves a question's `heading`: `slug` is in the quiz's own lesson, `lesson-slug#slug` in
 * another lesson of the same chapter, `chapter-2/lesson-slug#slug` anywhere in the course.
 */
export function headingTarget(quizLessonId: string, heading: string): HeadingTarget {
  const hash = heading.indexOf('#');
  if (hash === -1) return { lessonId: quizLessonId, slug: heading };
  const lesson = heading.slice(0, hash);
  const folder = quizLessonId.split('/')[0];
  return { lessonId: lesson.includes('/') ? lesson : `${folder}/${lesson}`, slug: heading.slice(hash + 1) };
}

/** Checks every rule of quizzes that a schema cannot: across files, and against the lessons. */
export function validateQuizzes(quizzes: QuizSource[], lessons: LessonOutline[]): ContentProblem[] {
  return [...pairingProblems(quizzes, lessons), ...duplicateIdProblems(quizzes), ...quizzes.flatMap((quiz) => quizProblems(quiz, lessons))];
}

/** Every complete lesson has a quiz, and every quiz a lesson. */
function pairingProblems(quizzes: QuizSource[], lessons: LessonOutline[]): ContentProblem[] {
  const quizLessons = new Set(quizzes.map((quiz) => quiz.lessonId));
  const lessonIds = new Set(lessons.map((lesson) => lesson.id));
  const missingQuizzes = lessons
    .filter((lesson) => lesson.status === 'complete' && !quizLessons.has(lesson.id))
    .map((lesson) => ({
      file: lesson.file,
      message: 'this complete lesson has no quiz',
      fix: `add ${lesson.file.replace(/\.mdx$/, '.quiz.yaml')} with at least ${MIN_QUESTIONS} questions, or set \`status: outline\` while the lesson is being written`,
    }));
  const orphanQuizzes = quizzes
    .filter((quiz) => !lessonIds.has(quiz.lessonId))
    .map((quiz) => ({
      file: quiz.file,
      message: `there is no lesson ${quiz.lessonId}.mdx for this quiz`,
      fix: 'name the quiz after its lesson (lesson-name.quiz.yaml beside lesson-name.mdx), or remove it',
    }));
  return [...missingQuizzes, ...orphanQuizzes];
}

/** Question ids are unique across the whole course: saved answers are keyed by them. */
function duplicateIdProblems(quizzes: QuizSource[]): ContentProblem[] {
  const firstSeen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const quiz of quizzes) {
    for (const question of quiz.data.questions) {
      const earlier = firstSeen.get(question.id);
      if (earlier === undefined) firstSeen.set(question.id, quiz.file);
      else
        problems.push({
          file: quiz.file,
          question: question.id,
          message: `the id is also used by a question in ${earlier}`,
          fix: 'give this question an id of its own (ids are unique across the course)',
        });
    }
  }
  return problems;
}

/** The rules for one quiz file on its own (used for quizzes outside the course, e.g. test fixtures). */
export function validateQuizFile(quiz: QuizSource, lessons: LessonOutline[]): ContentProblem[] {
  return [...duplicateIdProblems([quiz]), ...quizProblems(quiz, lessons)];
}

function quizProblems(quiz: QuizSource, lessons: LessonOutline[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!quiz.incomplete && quiz.data.questions.length < MIN_QUESTIONS) {
    problems.push({
      file: quiz.file,
      message: `the quiz has ${quiz.data.questions.length} question${quiz.data.questions.length === 1 ? '' : 's'}`,
      fix: `write at least ${MIN_QUESTIONS} questions`,
    });
  }
  for (const question of quiz.data.questions) {
    const found = [...definitionOf(question).problems(question), ...explanationProblems(question)];
    problems.push(...found.map(({ message, fix }) => ({ file: quiz.file, question: question.id, message, fix })));
    // The field, so the build can give the line of `heading:` itself.
    problems.push(...headingProblems(quiz.lessonId, question, lessons).map(({ message, fix }) => ({ file: quiz.file, question: question.id, field: 'heading', message, fix })));
  }
  return problems;
}

function explanationProblems(question: Question): Finding[] {
  return question.explanation ? [] : [{ message: 'the question has no explanation', fix: 'add `explanation:` saying why the answer is right; readers see it after answering' }];
}

function headingProblems(quizLessonId: string, question: Question, lessons: LessonOutline[]): Finding[] {
  const target = headingTarget(quizLessonId, question.heading);
  const lesson = lessons.find((candidate) => candidate.id === target.lessonId);
  // A quiz without its own lesson is reported once, as such, not once per question.
  if (!lesson && target.lessonId === quizLessonId) return [];
  if (!lesson) {
    return [{ message: `\`heading: ${question.heading}\` points at lesson ${target.lessonId}, which does not exist`, fix: 'use `lesson-file-name#heading-id` with a lesson of this chapter, or just `heading-id` for this lesson' }];
  }
  if (lesson.headings.some((heading) => heading.slug === target.slug)) return [];
  const available = lesson.headings.filter((heading) => heading.depth <= 3).map((heading) => heading.slug);
  return [
    {
      message: `\`heading: ${question.heading}\` is not a heading of ${lesson.file}`,
      fix: `use the id of the heading that teaches this, one of: ${available.join(', ')}`,
    },
  ];
}
