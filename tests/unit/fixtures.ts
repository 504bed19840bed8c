import type { ChapterSource, LessonSource } from '../../src/lib/validate-course';
import type { LessonData } from '../../src/schemas/lesson';

/** A chapter source as the build would read it from content/chapter-<number>/. */
export function chapter(number: number, folder = `chapter-${number}`): ChapterSource {
  return { folder, file: `content/${folder}/chapter.yaml`, data: { number, title: `Chapter ${number} title`, summary: 'A summary.' } };
}

/** A lesson source in a folder, with valid frontmatter for the given section. */
export function lesson(folder: string, slug: string, section: string, overrides: Partial<LessonData> = {}): LessonSource {
  return {
    folder,
    slug,
    file: `content/${folder}/${slug}.mdx`,
    data: {
      title: `Lesson ${section}`,
      section,
      summary: 'A summary.',
      objectives: ['Do a thing'],
      keywords: ['thing'],
      django: '5.2',
      status: 'complete',
      ...overrides,
    },
  };
}

/** Valid frontmatter as an author writes it, before the schema fills defaults. */
export function frontmatter(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Models and the ORM',
    section: '2.1',
    summary: 'What a model is.',
    objectives: ['Define a model'],
    keywords: ['Model'],
    django: '5.2',
    ...overrides,
  };
}
