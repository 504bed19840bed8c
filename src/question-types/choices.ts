import { z } from 'astro/zod';
import { shuffledOrder } from '../primitives/shuffle';
import type { AnswerView, ViewContext } from './contract';

/** Build-time parts shared by the choice types (single and multiple). */

const option = z.object({
  /** The option, in inline Markdown. */
  text: z.string({ error: 'each option needs `text:`' }).trim().min(1, { error: 'an option `text` must not be empty' }),
  /** Marks a right option. */
  correct: z.boolean({ error: '`correct` must be true or false' }).default(false),
  /** Why choosing this option is wrong (or right), shown after checking. */
  feedback: z.string().trim().optional(),
});

/** The `options:` field of a choice question. */
export const choiceOptions = z.array(option, { error: 'add `options:` as a list of `- text: ...` items' }).min(2, { error: 'a choice question needs at least 2 options' });

type Option = z.output<typeof option>;

/** The indices of the options marked correct. */
export const correctOptions = (options: Option[]): number[] => options.flatMap((option, index) => (option.correct ? [index] : []));

/** A choice as the reader sees it. */
export interface OptionView {
  /** The option's place in the quiz file: the value saved and graded. */
  index: number;
  html: string;
  correct: boolean;
  /** Why choosing it is wrong (or right), shown after checking. */
  feedbackHtml?: string;
}

/** What a choice question shows. */
export interface ChoiceView extends AnswerView {
  /** The options in the (shuffled) order shown. */
  options: OptionView[];
}

/** The options shuffled, the right ones as the answer, and the feedback on options in the order shown. */
export async function choiceView(options: Option[], { render, random }: ViewContext): Promise<ChoiceView> {
  const views: OptionView[] = await Promise.all(
    options.map(async (option, index) => ({
      index,
      html: await render.inline(option.text),
      correct: option.correct,
      ...(option.feedback && { feedbackHtml: await render.inline(option.feedback) }),
    })),
  );
  const shown = shuffledOrder(views.length, random).map((index) => views[index]!);
  const right = views.filter((view) => view.correct).map((view) => view.html);
  return {
    options: shown,
    answerHtml: right.length === 1 ? right[0]! : `<ul>${right.map((html) => `<li>${html}</li>`).join('')}</ul>`,
    optionFeedback: shown.flatMap((view) => (view.feedbackHtml ? [{ html: view.html, feedbackHtml: view.feedbackHtml }] : [])),
  };
}
