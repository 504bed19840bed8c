import { z } from 'astro/zod';
import { shuffledOrder } from '../../primitives/shuffle';
import { questionSchema } from '../base';
import type { AnswerView, Definition } from '../contract';
import type { Key } from './grading';

/** The fewest items an ordering question may have. */
export const MIN_ORDERING_ITEMS = 3;

const schema = questionSchema('ordering', {
  /** The items in their right order; readers see them shuffled. */
  items: z.array(z.string().trim().min(1), { error: 'add `items:` listed in the right order' }),
});

export interface OrderingView extends AnswerView {
  /** The items in the (shuffled) order shown; `index` is the item's right position. */
  items: { index: number; html: string }[];
}

/** Items to put in order, listed in the right order and shown shuffled. */
export const definition: Definition<typeof schema, Key, OrderingView> = {
  schema,
  answerKey: (question) => ({ id: question.id, type: 'ordering', itemCount: question.items.length }),
  view: async (question, { render, random }) => {
    const items = await Promise.all(question.items.map(async (item, index) => ({ index, html: await render.inline(item) })));
    const shown = shuffledOrder(items.length, random).map((index) => items[index]!);
    return { items: shown, answerHtml: `<ol>${items.map((item) => `<li>${item.html}</li>`).join('')}</ol>` };
  },
  problems: (question) =>
    question.items.length < MIN_ORDERING_ITEMS
      ? [{ message: `this ordering question has ${question.items.length} items`, fix: `list at least ${MIN_ORDERING_ITEMS} items, in the right order` }]
      : [],
};
