import { z } from 'astro/zod';

const kebabId = z
  .string({ error: 'add `id:` with a stable, unique name in kebab-case, e.g. `id: ex26-fix-n-plus-one`' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '`id` must be kebab-case (lowercase letters, digits and hyphens), e.g. `ex26-fix-n-plus-one`' });

const text = (field: string, what: string) => z.string({ error: `add \`${field}:\` with ${what}` }).trim().min(1, { error: `\`${field}\` must not be empty` });

/** Python source, kept as written apart from a trailing newline (indentation matters). */
const python = (field: string, what: string) =>
  z
    .string({ error: `add \`${field}: |\` with ${what}` })
    .transform((code) => code.replace(/\s+$/, ''))
    .refine((code) => code.trim().length > 0, { error: `\`${field}\` must not be empty` });

/** One exercise: the learner writes Django code and the course runs checks on it (content/README.md, "Exercises"). */
export const exerciseSchema = z.object({
  /** Stable, unique across the course (quiz question ids included): saved drafts and the review queue refer to it. */
  id: kebabId,
  /** Short, names the skill: "Fix the N+1 loop". The page says "Exercise: <title>". */
  title: text('title', 'a short title naming what the learner does'),
  /** The id of the lesson heading that teaches what the exercise practises. */
  heading: text('heading', 'the id of the lesson heading that teaches this (the part after # in its permalink)').transform((value) => value.replace(/^#/, '')),
  /** The fixture the code starts from (a file name in content/fixtures/ without .py); none for code that defines its own models. */
  fixture: z.string().trim().min(1).optional(),
  /** What to do, in Markdown. */
  task: text('task', 'what the learner must do, in Markdown'),
  /** The code the editor starts with. */
  starter: python('starter', 'the code the editor starts with'),
  /** A passing answer: the build runs it and every check must pass. */
  solution: python('solution', 'a reference solution that passes every check'),
  /** Python run after the learner's code: `@check("title")` functions using expect(), fail() and the helpers. */
  checks: python('checks', 'the checks, as Python `@check("what it looks for")` functions'),
  /** Part of the message a check must give the starter code, so the build knows the checks catch what the task is about. */
  starter_fails: text('starter_fails', 'part of the message a check gives the unchanged starter code'),
  /** Nudges, revealed one at a time, from gentle to nearly the answer (Markdown). */
  hints: z.array(text('hints', 'a hint in Markdown'), { error: 'add `hints:` as a list of one to four hints in Markdown' }).min(1, { error: 'add at least one hint' }).max(4, { error: 'keep to four hints or fewer' }),
  /** Why the solution works, in Markdown, shown with it. */
  explanation: text('explanation', 'why the solution works, in Markdown'),
});

/** An exercise file, `content/<chapter folder>/<lesson slug>.exercises.yaml`. */
export const exerciseFileSchema = z.object({
  exercises: z.array(exerciseSchema, { error: 'add `exercises:` as a list of exercises' }).min(1, { error: 'add at least one exercise, or delete the file' }),
});

export type Exercise = z.output<typeof exerciseSchema>;
export type ExerciseFile = z.output<typeof exerciseFileSchema>;
