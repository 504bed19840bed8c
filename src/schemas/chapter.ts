import { z } from 'astro/zod';

/** A chapter, from `content/<folder>/chapter.yaml`. */
export const chapterSchema = z.object({
  /** The chapter number; every lesson's section starts with it. */
  number: z
    .number({ error: 'add `number:` with the chapter number, e.g. `number: 1`' })
    .int({ error: '`number` must be a whole number, e.g. `number: 2`' })
    .positive({ error: '`number` must be 1 or more' }),
  /** The chapter title, without "Chapter N". */
  title: z.string({ error: 'add `title:` with the chapter title' }).trim().min(1, { error: '`title` must not be empty' }),
  /** One or two sentences shown on the course home and the chapter page. */
  summary: z.string({ error: 'add `summary:` with one or two sentences about the chapter' }).trim().min(1, { error: '`summary` must not be empty' }),
});

export type ChapterData = z.infer<typeof chapterSchema>;
