import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { lessonSchema } from './schemas/lesson';

const chapters = defineCollection({
  loader: glob({ pattern: '*/chapter.yaml', base: './content', generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: chapterSchema,
});

const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content' }),
  schema: lessonSchema,
});

export const collections = { chapters, lessons };
