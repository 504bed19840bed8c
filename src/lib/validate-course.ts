import { plural } from './wording';
import type { ChapterData } from '../schemas/chapter';
import type { LessonData } from '../schemas/lesson';
import { compareSections, parseSection } from './sections';

/** A chapter file as the build reads it. */
export interface ChapterSource {
  /** The folder under content/ that holds the chapter, e.g. "chapter-1". */
  folder: string;
  /** Path of the chapter.yaml file, for error messages. */
  file: string;
  data: ChapterData;
}

/** A lesson file as the build reads it. */
export interface LessonSource {
  /** The folder under content/ that holds the lesson. */
  folder: string;
  /** The file name without extension: the lesson's URL segment. */
  slug: string;
  /** Path of the MDX file, for error messages. */
  file: string;
  data: LessonData;
}

/** One thing wrong with the course content, phrased for the author who has to fix it. */
export interface ContentProblem {
  /** The file at fault. */
  file: string;
  /** The 1-based line in it, where known (the loaders find it in the file's text). */
  line?: number;
  /** Where in the file's data, as zod reports it, when it is not just `field`: used to find the line. */
  path?: readonly PropertyKey[];
  /** Other files at fault together with it, e.g. every lesson that has the same section. */
  also?: { file: string; line?: number }[];
  /** The frontmatter field at fault, where there is one. */
  field?: string;
  /** The quiz question at fault, where there is one. */
  question?: string;
  /** The exercise at fault, where there is one. */
  exercise?: string;
  message: string;
  fix: string;
}

/**
 * Checks what a schema cannot see: numbering across files and lessons in the right folder.
 * `unnumbered` names chapter folders where a lesson's section could not be read: their gaps are
 * not reported, since that lesson may fill them.
 */
export function validateCourse(chapters: ChapterSource[], lessons: LessonSource[], unnumbered: ReadonlySet<string> = new Set()): ContentProblem[] {
  return [...chapterProblems(chapters), ...lessonFolderProblems(chapters, lessons), ...numberingProblems(chapters, lessons, unnumbered)];
}

/** Chapter numbers must be unique and run 1, 2, 3... */
function chapterProblems(chapters: ChapterSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byNumber = groupBy(chapters, (chapter) => chapter.data.number);
  for (const [number, group] of byNumber) {
    for (const duplicate of group.slice(1)) {
      problems.push({
        file: duplicate.file,
        field: 'number',
        message: `chapter number ${number} is also used by ${group[0]!.file}`,
        fix: 'give each chapter its own number',
      });
    }
  }
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  numbers.forEach((number, index) => {
    const expected = index + 1;
    if (number !== expected) {
      problems.push({
        file: byNumber.get(number)![0]!.file,
        field: 'number',
        message: `chapter ${number} follows chapter ${expected - 1 || 'none'}, leaving a gap: chapter ${expected} is missing`,
        fix: `number the chapters 1, 2, 3... without gaps (this one should probably be ${expected})`,
      });
    }
  });
  return problems;
}

/** A lesson's folder must hold a chapter, and its section must start with that chapter's number. */
function lessonFolderProblems(chapters: ChapterSource[], lessons: LessonSource[]): ContentProblem[] {
  const chapterByFolder = new Map(chapters.map((chapter) => [chapter.folder, chapter]));
  const problems: ContentProblem[] = [];
  for (const lesson of lessons) {
    const chapter = chapterByFolder.get(lesson.folder);
    if (!chapter) {
      problems.push({
        file: lesson.file,
        field: 'section',
        message: `the folder content/${lesson.folder}/ has no chapter.yaml`,
        fix: `add content/${lesson.folder}/chapter.yaml, or move the lesson into its chapter's folder`,
      });
      continue;
    }
    const { chapter: sectionChapter, section } = parseSection(lesson.data.section);
    if (sectionChapter !== chapter.data.number) {
      const folderOfSectionChapter = chapters.find((other) => other.data.number === sectionChapter)?.folder;
      problems.push({
        file: lesson.file,
        field: 'section',
        message: `section "${lesson.data.section}" belongs to chapter ${sectionChapter}, but the file is in content/${lesson.folder}/, the folder of chapter ${chapter.data.number}`,
        fix: folderOfSectionChapter
          ? `move the file to content/${folderOfSectionChapter}/, or change section to "${chapter.data.number}.${section}"`
          : `change section to "${chapter.data.number}.${section}"`,
      });
    }
  }
  return problems;
}

/** Within each chapter, sections must be unique and run 1, 2, 3... */
function numberingProblems(chapters: ChapterSource[], lessons: LessonSource[], unnumbered: ReadonlySet<string>): ContentProblem[] {
  const folderNumber = new Map(chapters.map((chapter) => [chapter.folder, chapter.data.number]));
  const inRightFolder = lessons.filter((lesson) => folderNumber.get(lesson.folder) === parseSection(lesson.data.section).chapter);
  return chapters.flatMap((chapter) =>
    chapterNumbering(
      chapter,
      inRightFolder.filter((lesson) => parseSection(lesson.data.section).chapter === chapter.data.number),
      !unnumbered.has(chapter.folder),
    ),
  );
}

/**
 * One chapter's sections against 1, 2, 3... in the order they are numbered now. Lessons that share
 * a number are reported together, naming each file, with a fix that holds whichever of them is
 * new; the renumbering that follows from it is part of that fix, not reported as gaps.
 */
function chapterNumbering(chapter: ChapterSource, lessons: LessonSource[], complete: boolean): ContentProblem[] {
  if (lessons.length === 0) {
    if (!complete) return [];
    return [
      {
        file: chapter.file,
        field: 'number',
        message: `chapter ${chapter.data.number} has no lessons`,
        fix: `add at least one lesson (section "${chapter.data.number}.1") to content/${chapter.folder}/`,
      },
    ];
  }
  const ordered = [...lessons].sort((a, b) => compareSections(a.data.section, b.data.section) || a.file.localeCompare(b.file));
  const wanted = new Map(ordered.map((lesson, index) => [lesson, `${chapter.data.number}.${index + 1}`]));
  const groups = groupBy(ordered, (lesson) => lesson.data.section);
  const shared = (lesson: LessonSource) => groups.get(lesson.data.section)!.length > 1;
  const moves = (from: LessonSource[]) => from.filter((lesson) => !shared(lesson) && wanted.get(lesson) !== lesson.data.section);
  const firstShared = ordered.findIndex(shared);
  const problems: ContentProblem[] = [];
  const gaps = complete ? moves(firstShared === -1 ? ordered : ordered.slice(0, firstShared)) : [];
  if (gaps.length > 0) {
    const first = gaps[0]!;
    problems.push({
      file: first.file,
      field: 'section',
      message: `section "${first.data.section}" leaves a gap: there is no section "${wanted.get(first)}"`,
      fix: `number the lessons of chapter ${chapter.data.number} without gaps: ${renumbering(gaps, wanted)}`,
    });
  }
  const lastSection = parseSection(ordered.at(-1)!.data.section).section;
  for (const [section, group] of groups) {
    if (group.length === 1) continue;
    const end = ordered.indexOf(group.at(-1)!) + 1;
    const nextShared = ordered.findIndex((lesson, index) => index >= end && shared(lesson));
    const after = complete ? moves(ordered.slice(end, nextShared === -1 ? undefined : nextShared)) : [];
    const numbers = group.map((lesson) => `"${wanted.get(lesson)}"`);
    const keeps = wanted.get(group[0]!) === section;
    const order = group.length === 2 ? 'decide which of the two comes first' : 'decide their order';
    let fix = `${order} and number them ${list(numbers)} in that order`;
    if (after.length > 0) fix += `, then renumber the lessons after them: ${renumbering(after, wanted)}`;
    if (after.length > 0 && keeps && group.length === 2) {
      fix += `; or, if one of them is new and belongs at the end, give it "${chapter.data.number}.${lastSection + 1}" instead`;
    }
    problems.push({
      file: group[0]!.file,
      also: group.slice(1).map((lesson) => ({ file: lesson.file })),
      field: 'section',
      message: `${group.length === 2 ? 'both lessons' : `${group.length} lessons`} are section "${section}"`,
      fix,
    });
  }
  return problems;
}

/** "a.mdx "1.3" → "1.2", b.mdx "1.4" → "1.3"": each lesson's file name, its section now and the one it should have. */
function renumbering(lessons: LessonSource[], wanted: Map<LessonSource, string>): string {
  return lessons.map((lesson) => `${lesson.slug}.mdx "${lesson.data.section}" → "${wanted.get(lesson)}"`).join(', ');
}

/** "a", "a and b", "a, b and c". */
function list(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** One readable block for the build log: every problem with its file, line, question, field and fix. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((problem) => {
    const places = [problem, ...(problem.also ?? [])].map(({ file, line }) => (line ? `${file}:${line}` : file));
    const what = [problem.question && `question \`${problem.question}\``, problem.exercise && `exercise \`${problem.exercise}\``, problem.field && `field \`${problem.field}\``].filter(Boolean);
    const where = what.length > 0 ? ` (${what.join(', ')})` : '';
    return `- ${list(places)}${where}: ${problem.message}.\n  Fix: ${problem.fix}.`;
  });
  return `The course content has ${plural(problems.length, 'problem')}:\n${lines.join('\n')}`;
}
