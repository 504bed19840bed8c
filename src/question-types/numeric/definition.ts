import { z } from 'astro/zod';
import { questionSchema } from '../base';
import type { AnswerView, Definition } from '../contract';
import type { Key } from './grading';

const schema = questionSchema('numeric', {
  /** The right number. */
  answer: z.number({ error: 'add `answer:` with the right number' }),
  /** How far from `answer` an answer may be and still count as right. */
  tolerance: z.number().nonnegative({ error: '`tolerance` must be 0 or more' }).default(0),
});

/** A number, typed, right within a tolerance. */
export const definition: Definition<typeof schema, Key, AnswerView> = {
  schema,
  answerKey: (question) => ({ id: question.id, type: 'numeric', answer: question.answer, tolerance: question.tolerance }),
  view: async (question) => ({ answerHtml: question.tolerance > 0 ? `${question.answer} (± ${question.tolerance})` : String(question.answer) }),
  problems: () => [],
};
