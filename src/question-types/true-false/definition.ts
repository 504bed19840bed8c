import { z } from 'astro/zod';
import { questionSchema } from '../base';
import type { AnswerView, Definition } from '../contract';
import type { Key } from './grading';

const schema = questionSchema('true-false', {
  /** Whether the statement in the prompt is true. */
  answer: z.boolean({ error: 'add `answer: true` or `answer: false`' }),
});

/** A statement in the prompt, judged true or false. */
export const definition: Definition<typeof schema, Key, AnswerView> = {
  schema,
  answerKey: (question) => ({ id: question.id, type: 'true-false', answer: question.answer }),
  view: async (question) => ({ answerHtml: question.answer ? 'True' : 'False' }),
  problems: () => [],
};
