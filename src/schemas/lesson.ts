import { z } from 'astro/zod';

/** How far a lesson's writing has got: outlines show a notice to readers. */
export const lessonStatuses = ['outline', 'complete'] as const;
/** "complete", or "outline" while the lesson is being written. */
export type WritingStatus = (typeof lessonStatuses)[number];

/** A list item must be text; YAML reads bare null, true or 1.0 as other types. */
const listItem = (what: string) =>
  z
    .string({ error: `each ${what} must be text: quote items YAML reads as something else, e.g. "null", "true" or "5.2"` })
    .trim()
    .min(1, { error: `a ${what} must not be empty` });

const nonEmptyText = (field: string, hint: string) =>
  z
    .string({ error: `add \`${field}:\` with ${hint}` })
    .trim()
    .min(1, { error: `\`${field}\` must not be empty: write ${hint}` });

/** A lesson's frontmatter, from `content/<chapter folder>/<slug>.mdx`. */
export const lessonSchema = z.object({
  /** The lesson title, shown as the page heading. */
  title: nonEmptyText('title', 'the lesson title'),
  /** "chapter.section", e.g. "1.2": places the lesson in the course. */
  section: z
    .string({ error: 'add `section:` as a quoted "chapter.section" number, e.g. `section: "1.2"`' })
    .regex(/^[1-9]\d*\.[1-9]\d*$/, { error: '`section` must be "chapter.section" with whole numbers from 1, e.g. `section: "2.3"` (quote it)' }),
  /** One sentence on what the lesson teaches, shown in lists and search results. */
  summary: nonEmptyText('summary', 'one sentence on what the lesson teaches'),
  /** What the reader can do after the lesson. */
  objectives: z
    .array(listItem('objective'), {
      error: 'add `objectives:` as a list of what the reader will be able to do',
    })
    .min(1, { error: '`objectives` needs at least one item' }),
  /** API names and terms the lesson teaches, as readers search for them. */
  keywords: z
    .array(listItem('keyword'), {
      error: 'add `keywords:` as a list of the API names and terms the lesson teaches',
    })
    .min(1, { error: '`keywords` needs at least one item' }),
  /** The Django version the lesson teaches. */
  django: z
    .string({ error: 'add `django:` with the Django version taught, quoted, e.g. `django: "5.2"`' })
    .regex(/^\d+\.\d+$/, { error: '`django` must be a quoted "major.minor" version, e.g. `django: "5.2"`' }),
  /** "complete", or "outline" while the lesson is being written. */
  status: z.enum(lessonStatuses, { error: '`status` must be "complete" or "outline"' }).default('complete'),
});

export type LessonData = z.infer<typeof lessonSchema>;
