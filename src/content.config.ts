import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter';
import { lessonSchema } from './schemas/lesson';
import { quizSchema } from './schemas/quiz';

const chapters = defineCollection({
  loader: glob({ pattern: '*/chapter.yaml', base: './content', generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: chapterSchema,
});

const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content' }),
  schema: lessonSchema,
});

/** One quiz per lesson, `<lesson>.quiz.yaml` beside it; its id is the lesson's id. */
const quizzes = defineCollection({
  loader: glob({ pattern: '*/*.quiz.yaml', base: './content', generateId: ({ entry }) => entry.replace(/\.quiz\.yaml$/, '') }),
  schema: quizSchema,
});

export const collections = { chapters, lessons, quizzes };
