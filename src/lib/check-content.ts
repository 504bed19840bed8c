import { chapterSchema } from '../schemas/chapter';
import { lessonSchema, type LessonData, type WritingStatus } from '../schemas/lesson';
import { quizSchema } from '../schemas/quiz';
import { exerciseFileSchema } from '../schemas/exercise';
import { validateExercises, type ExerciseSource } from './exercises/validate-exercises';
import { questionSchema } from '../question-types/definition';
import type { Question } from '../question-types/registry';
import { buildCourse, type Course } from './course';
import { validateQuizzes, type LessonOutline, type QuizSource } from './quiz/validate-quizzes';
import { parseContent } from './schema-problems';
import type { Heading } from './toc';
import { validateCourse, type ChapterSource, type ContentProblem, type LessonSource } from './validate-course';
import { lineOf, type DataPath } from './yaml-lines';

/**
 * Every check of the course content in one pass, so that one build reports every problem in every
 * file: each file against its schema (collecting all of zod's findings), then the checks across
 * files on whatever could be read (a lesson with a bad title still counts for its section number,
 * the valid questions of a quiz with a bad one still count for duplicate ids and headings), then
 * the line of each problem, found in the file's text.
 */

/** A content file as the loaders read it: YAML data not yet checked, and the text for lines. */
export interface ContentFile {
  /** The collection id: a chapter's folder, or "<folder>/<slug>" for lessons and quizzes. */
  id: string;
  /** Path from the project root, for messages. */
  file: string;
  /** The YAML (or frontmatter) as parsed, before any schema. */
  data: unknown;
  /** The file's text, to find the line of a problem; without it problems have no line. */
  text?: string;
}

/** A lesson file and the headings of its rendered body, which quiz questions link to. */
export interface LessonFile extends ContentFile {
  headings: Heading[];
}

/** The content once every check has passed. */
export interface CheckedContent {
  course: Course;
  /** Every quiz, with data as its schema gives it. */
  quizzes: QuizSource[];
  /** Every exercise file, with data as its schema gives it. */
  exercises: ExerciseSource[];
  /** Every lesson with its headings and writing status. */
  outlines: LessonOutline[];
  /** Every lesson's frontmatter as its schema gives it, by lesson id. */
  frontmatter: Map<string, LessonData>;
}

/** The files checkContent reads, and the fixture names exercises may start from. */
export interface ContentFiles {
  chapters: ContentFile[];
  lessons: LessonFile[];
  quizzes: ContentFile[];
  /** `<lesson>.exercises.yaml` files; a course may have none. */
  exercises?: ContentFile[];
  /** The fixtures (content/fixtures/<name>.py) exercises may start from. */
  fixtures?: readonly string[];
}

/** Checks all content; `content` is there only when there are no problems. */
export function checkContent(files: ContentFiles): { content?: CheckedContent; problems: ContentProblem[] } {
  const chapters = files.chapters.map((file) => ({ file, ...parseContent(chapterSchema, file.file, file.data) }));
  const lessons = files.lessons.map((file) => ({ file, ...parseContent(lessonSchema, file.file, file.data) }));
  const quizzes = files.quizzes.map(readQuiz);
  const exerciseFiles = (files.exercises ?? []).map((file) => ({ file, ...parseContent(exerciseFileSchema, file.file, file.data) }));
  const problems = [...chapters, ...lessons, ...quizzes, ...exerciseFiles].flatMap((read) => read.problems);

  // The checks across files, on what each file's fields allow even when another field is wrong.
  const chapterSources = chapters.flatMap(({ file, data }): ChapterSource[] => {
    const number = data?.number ?? chapterSchema.shape.number.safeParse((file.data as { number?: unknown } | null)?.number).data;
    return number === undefined ? [] : [{ folder: file.id, file: file.file, data: data ?? { number, title: '', summary: '' } }];
  });
  const unnumbered = new Set(lessons.filter((lesson) => !readable(lesson.file.data).section).map((lesson) => folderOf(lesson.file.id)));
  const lessonSources = lessons.flatMap(({ file, data }): LessonSource[] => {
    const section = data?.section ?? readable(file.data).section;
    const [folder = '', slug = ''] = file.id.split('/');
    // Only the section is read from a lesson that failed its schema.
    return section === undefined ? [] : [{ folder, slug, file: file.file, data: data ?? ({ section } as LessonData) }];
  });
  // A chapter whose number cannot be read would make every lesson in its folder look misplaced.
  if (chapterSources.length === chapters.length) problems.push(...validateCourse(chapterSources, lessonSources, unnumbered));
  const outlines = lessons.map(({ file, data }): LessonOutline => ({
    id: file.id,
    file: file.file,
    // A lesson whose status cannot be read is not asked for a quiz.
    status: data?.status ?? readable(file.data).status ?? 'outline',
    headings: file.headings,
  }));
  problems.push(...validateQuizzes(quizzes.map((quiz) => quiz.source), outlines));
  const exercises = exerciseFiles.flatMap(({ file, data }): ExerciseSource[] => (data ? [{ lessonId: file.id, file: file.file, data }] : []));
  const questionIds = new Set(quizzes.flatMap((quiz) => quiz.source.data.questions.map((question) => question.id)));
  problems.push(...validateExercises(exercises, outlines, questionIds, files.fixtures ?? []));

  // Grouped by file, in the order of their lines, as an author works through them.
  const located = problems.map((problem) => withLine(problem, files)).sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  if (located.length > 0) return { problems: located };
  return {
    content: {
      course: buildCourse(chapterSources, lessonSources),
      quizzes: quizzes.map((quiz) => quiz.source),
      exercises,
      outlines,
      frontmatter: new Map(lessons.map(({ file, data }) => [file.id, data!])),
    },
    problems: [],
  };
}

/** The fields of a lesson's frontmatter that are valid on their own: section and status. */
function readable(data: unknown): { section?: string | undefined; status?: WritingStatus | undefined } {
  const fields = (data ?? {}) as Record<string, unknown>;
  return { section: lessonSchema.shape.section.safeParse(fields.section).data, status: lessonSchema.shape.status.safeParse(fields.status).data };
}

const folderOf = (id: string) => id.split('/')[0] ?? '';

/** A quiz file against its schema; when it fails, its valid questions are kept for the checks across files. */
function readQuiz(file: ContentFile): { source: QuizSource; problems: ContentProblem[] } {
  const whole = parseContent(quizSchema, file.file, file.data);
  if (whole.data) return { source: { lessonId: file.id, file: file.file, data: whole.data }, problems: [] };
  const listed = (file.data as { questions?: unknown } | null)?.questions;
  const questions = Array.isArray(listed) ? listed.flatMap((question): Question[] => {
        const parsed = questionSchema.safeParse(question);
        return parsed.success ? [parsed.data] : [];
      }) : [];
  return { source: { lessonId: file.id, file: file.file, data: { questions }, incomplete: true }, problems: whole.problems };
}

/** Adds the line of a problem (and of the other files it names), found from its path, question or field. */
function withLine({ path, ...problem }: ContentProblem, files: ContentFiles): ContentProblem {
  const all = [...files.chapters, ...files.lessons, ...files.quizzes, ...(files.exercises ?? [])];
  const at = (fileName: string) => {
    const file = all.find((candidate) => candidate.file === fileName);
    const where = path ?? dataPath(problem, file?.data);
    return file?.text !== undefined && where.length > 0 ? lineOf(file.file, file.text, where) : undefined;
  };
  const line = at(problem.file);
  return {
    ...problem,
    ...(line !== undefined && { line }),
    ...(problem.also && { also: problem.also.map((other) => withOptionalLine(other, at(other.file))) }),
  };
}

const withOptionalLine = (place: { file: string }, line: number | undefined) => (line === undefined ? { file: place.file } : { file: place.file, line });

/** Where a problem found by the checks across files is: its question (found by id) and field. */
function dataPath(problem: ContentProblem, data: unknown): DataPath {
  const field = (problem.field ?? '').split('.').filter(Boolean).map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  const [list, id] = problem.question !== undefined ? (['questions', problem.question] as const) : problem.exercise !== undefined ? (['exercises', problem.exercise] as const) : [];
  if (list === undefined) return field;
  const items = (data as Record<string, { id?: unknown }[] | undefined> | null)?.[list] ?? [];
  // The later of two items with the same id is the one reported.
  const index = items.map((item) => item?.id).lastIndexOf(id);
  return index === -1 ? [] : [list, index, ...field];
}
