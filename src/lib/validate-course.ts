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
  file: string;
  /** The frontmatter field at fault, where there is one. */
  field?: string;
  /** The quiz question at fault, where there is one. */
  question?: string;
  message: string;
  fix: string;
}

/** Checks what a schema cannot see: numbering across files and lessons in the right folder. */
export function validateCourse(chapters: ChapterSource[], lessons: LessonSource[]): ContentProblem[] {
  return [...chapterProblems(chapters), ...lessonFolderProblems(chapters, lessons), ...numberingProblems(chapters, lessons)];
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
function numberingProblems(chapters: ChapterSource[], lessons: LessonSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const folderNumber = new Map(chapters.map((chapter) => [chapter.folder, chapter.data.number]));
  const inRightFolder = lessons.filter((lesson) => folderNumber.get(lesson.folder) === parseSection(lesson.data.section).chapter);
  const bySection = groupBy(inRightFolder, (lesson) => lesson.data.section);
  for (const [section, group] of bySection) {
    for (const duplicate of group.slice(1)) {
      problems.push({
        file: duplicate.file,
        field: 'section',
        message: `section "${section}" is also used by ${group[0]!.file}`,
        fix: 'give each lesson its own section number',
      });
    }
  }
  for (const chapter of chapters) {
    const sections = [...bySection.keys()].filter((section) => parseSection(section).chapter === chapter.data.number).sort(compareSections);
    if (sections.length === 0) {
      problems.push({
        file: chapter.file,
        field: 'number',
        message: `chapter ${chapter.data.number} has no lessons`,
        fix: `add at least one lesson (section "${chapter.data.number}.1") to content/${chapter.folder}/`,
      });
    }
    sections.forEach((section, index) => {
      const expected = `${chapter.data.number}.${index + 1}`;
      if (section !== expected) {
        problems.push({
          file: bySection.get(section)![0]!.file,
          field: 'section',
          message: `section "${section}" leaves a gap: there is no section "${expected}"`,
          fix: `number the lessons of chapter ${chapter.data.number} without gaps (this one should probably be "${expected}")`,
        });
      }
    });
  }
  return problems;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** One readable block for the build log: every problem with its file, field and fix. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((problem) => {
    const where = problem.field ? ` (field \`${problem.field}\`)` : problem.question ? ` (question \`${problem.question}\`)` : '';
    return `- ${problem.file}${where}: ${problem.message}.\n  Fix: ${problem.fix}.`;
  });
  return `The course content has ${plural(problems.length, 'problem')}:\n${lines.join('\n')}`;
}
