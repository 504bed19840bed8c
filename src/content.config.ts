import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// No `schema:` here on purpose. Astro stops at the first file that fails its collection schema,
// naming `questions.3.answer` at line 0:0; the course checks every file against its schema in
// src/lib/check-content.ts instead (src/schemas/), with the checks across files, and reports every
// problem at once with the file, line, question id and fix (src/data/load-content.ts).

const chapters = defineCollection({
  loader: glob({ pattern: '*/chapter.yaml', base: './content', generateId: ({ entry }) => entry.split('/')[0]! }),
});

const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content' }),
});

/** One quiz per lesson, `<lesson>.quiz.yaml` beside it; its id is the lesson's id. */
const quizzes = defineCollection({
  loader: glob({ pattern: '*/*.quiz.yaml', base: './content', generateId: ({ entry }) => entry.replace(/\.quiz\.yaml$/, '') }),
});

/** A lesson's exercises, `<lesson>.exercises.yaml` beside it; its id is the lesson's id. */
const exercises = defineCollection({
  loader: glob({ pattern: '*/*.exercises.yaml', base: './content', generateId: ({ entry }) => entry.replace(/\.exercises\.yaml$/, '') }),
});

export const collections = { chapters, lessons, quizzes, exercises };
