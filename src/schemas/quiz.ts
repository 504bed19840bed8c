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

const option = z.object({
  /** The option, in inline Markdown. */
  text: z.string({ error: 'each option needs `text:`' }).trim().min(1, { error: 'an option `text` must not be empty' }),
  /** Marks a right option. */
  correct: z.boolean({ error: '`correct` must be true or false' }).default(false),
  /** Why choosing this option is wrong (or right), shown after checking. */
  feedback: z.string().trim().optional(),
});

const choiceOptions = z.array(option, { error: 'add `options:` as a list of `- text: ...` items' }).min(2, { error: 'a choice question needs at least 2 options' });

export const singleChoiceSchema = z.object({ ...questionBase, type: z.literal('single'), options: choiceOptions });
export const multipleChoiceSchema = z.object({ ...questionBase, type: z.literal('multiple'), options: choiceOptions });
export const trueFalseSchema = z.object({
  ...questionBase,
  type: z.literal('true-false'),
  /** Whether the statement in the prompt is true. */
  answer: z.boolean({ error: 'add `answer: true` or `answer: false`' }),
});
export const shortAnswerSchema = z.object({
  ...questionBase,
  type: z.literal('short'),
  /** Accepted answers; matching ignores case and white space. The first is shown as the answer. */
  accept: z.array(z.string().trim().min(1), { error: 'add `accept:` as a list of accepted answers' }).min(1, { error: '`accept` needs at least one answer' }),
});
export const numericSchema = z.object({
  ...questionBase,
  type: z.literal('numeric'),
  /** The right number. */
  answer: z.number({ error: 'add `answer:` with the right number' }),
  /** How far from `answer` an answer may be and still count as right. */
  tolerance: z.number().nonnegative({ error: '`tolerance` must be 0 or more' }).default(0),
});
export const orderingSchema = z.object({
  ...questionBase,
  type: z.literal('ordering'),
  /** The items in their right order; readers see them shuffled. */
  items: z.array(z.string().trim().min(1), { error: 'add `items:` listed in the right order' }),
});

export const questionSchema = z.discriminatedUnion(
  'type',
  [singleChoiceSchema, multipleChoiceSchema, trueFalseSchema, shortAnswerSchema, numericSchema, orderingSchema],
  { error: '`type` must be one of single, multiple, true-false, short, numeric, ordering' },
);

/** A quiz file, `content/<chapter folder>/<lesson slug>.quiz.yaml`. */
export const quizSchema = z.object({
  /** The questions, in the order readers see them. */
  questions: z.array(questionSchema, { error: 'add `questions:` as a list of questions' }),
});

export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuizData = z.infer<typeof quizSchema>;
export type SingleChoiceQuestion = z.infer<typeof singleChoiceSchema>;
export type MultipleChoiceQuestion = z.infer<typeof multipleChoiceSchema>;
export type TrueFalseQuestion = z.infer<typeof trueFalseSchema>;
export type ShortAnswerQuestion = z.infer<typeof shortAnswerSchema>;
export type NumericQuestion = z.infer<typeof numericSchema>;
export type OrderingQuestion = z.infer<typeof orderingSchema>;
