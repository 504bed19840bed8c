import { z } from 'astro/zod';

/** Fields every question has, whatever its type. */
const questionBase = {
  /** Stable id, unique across the course: saved answers and review schedules refer to it. */
  id: z
    .string({ error: 'add `id:` with a stable, unique name in kebab-case, e.g. `id: save-does-not-validate`' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '`id` must be kebab-case (lowercase letters, digits and hyphens), e.g. `save-does-not-validate`' }),
  /** The question, in Markdown (code blocks are highlighted). */
  prompt: z.string({ error: 'add `prompt:` with the question in Markdown' }).trim().min(1, { error: '`prompt` must not be empty' }),
  /** Why the answer is right, in Markdown, shown after answering. Checked by the quiz validator. */
  explanation: z.string().trim().optional(),
  /** The id of the lesson heading that teaches this, e.g. `what-enterprise-actually-means`. */
  heading: z
    .string({ error: 'add `heading:` with the id of the lesson heading that teaches this (the part after # in its permalink)' })
    .trim()
    .min(1)
    .transform((value) => value.replace(/^#/, '')),
};

/**
 * The schema of one question type: the shared fields, `type`, then the type's own fields. The
 * order matters: a quiz's content hash is taken over the parsed data, so reordering the fields
 * would make every saved quiz look stale.
 */
export function questionSchema<Type extends string, Shape extends z.ZodRawShape>(type: Type, shape: Shape) {
  return z.object({ ...questionBase, type: z.literal(type), ...shape });
}
