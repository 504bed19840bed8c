import type { WritingStatus } from '../schemas/lesson';
import type { ChapterSource, LessonSource } from './validate-course';
import { compareSections } from './sections';

/** A lesson's place in the course, as navigation needs it. */
export interface LessonSummary {
  /** The content collection id, "<folder>/<slug>". */
  id: string;
  /** "chapter.section", e.g. "1.2". */
  section: string;
  title: string;
  summary: string;
  status: WritingStatus;
  /** Site-relative path without the base, e.g. "/chapter-1/project-structure/". */
  path: string;
  chapterNumber: number;
}

/** A chapter with its lessons in order. */
export interface ChapterSummary {
  number: number;
  title: string;
  summary: string;
  /** Site-relative path without the base, e.g. "/chapter-1/". */
  path: string;
  lessons: LessonSummary[];
}

/** The whole course in reading order. */
export interface Course {
  chapters: ChapterSummary[];
  /** Every lesson, in reading order across chapters. */
  lessons: LessonSummary[];
}

/** Builds the ordered course from validated sources. */
export function buildCourse(chapters: ChapterSource[], lessons: LessonSource[]): Course {
  const orderedChapters = [...chapters]
    .sort((a, b) => a.data.number - b.data.number)
    .map((chapter): ChapterSummary => ({
      number: chapter.data.number,
      title: chapter.data.title,
      summary: chapter.data.summary,
      path: `/${chapter.folder}/`,
      lessons: lessons
        .filter((lesson) => lesson.folder === chapter.folder)
        .sort((a, b) => compareSections(a.data.section, b.data.section))
        .map((lesson) => ({
          id: `${lesson.folder}/${lesson.slug}`,
          section: lesson.data.section,
          title: lesson.data.title,
          summary: lesson.data.summary,
          status: lesson.data.status,
          path: `/${lesson.folder}/${lesson.slug}/`,
          chapterNumber: chapter.data.number,
        })),
    }));
  return { chapters: orderedChapters, lessons: orderedChapters.flatMap((chapter) => chapter.lessons) };
}

/** The lessons before and after one lesson in reading order, across chapter boundaries. */
export function lessonNeighbours(course: Course, lessonId: string): { previous?: LessonSummary; next?: LessonSummary } {
  const index = course.lessons.findIndex((lesson) => lesson.id === lessonId);
  if (index === -1) throw new Error(`No lesson with id "${lessonId}" in the course`);
  const previous = course.lessons[index - 1];
  const next = course.lessons[index + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}

/** The chapter a lesson belongs to. */
export function chapterOf(course: Course, lesson: LessonSummary): ChapterSummary {
  const chapter = course.chapters.find((candidate) => candidate.number === lesson.chapterNumber);
  if (!chapter) throw new Error(`No chapter ${lesson.chapterNumber} for lesson "${lesson.id}"`);
  return chapter;
}
