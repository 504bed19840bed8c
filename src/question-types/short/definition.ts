import { z } from 'astro/zod';
import { escapeHtml } from '../../primitives/html';
import { questionSchema } from '../base';
import type { AnswerView, Definition } from '../contract';
import type { Key } from './grading';

const schema = questionSchema('short', {
  /** Accepted answers; matching ignores case and white space. The first is shown as the answer. */
  accept: z.array(z.string().trim().min(1), { error: 'add `accept:` as a list of accepted answers' }).min(1, { error: '`accept` needs at least one answer' }),
});

/** Short answers that look like code (no spaces) are shown as code. */
const shortAnswerHtml = (answer: string) => (/\s/.test(answer) ? escapeHtml(answer) : `<code>${escapeHtml(answer)}</code>`);

/** A short typed answer, with accepted alternatives. */
export const definition: Definition<typeof schema, Key, AnswerView> = {
  schema,
  answerKey: (question) => ({ id: question.id, type: 'short', accept: question.accept }),
  view: async (question) => ({ answerHtml: shortAnswerHtml(question.accept[0]!), alsoAccepted: question.accept.slice(1) }),
  problems: () => [],
};
