import type { Question } from '../../schemas/quiz';
import { answerKey, type AnswerKey } from './answer-key';
import { escapeHtml } from '../html';
import { contentHash } from './hash';
import { seededRandom, shuffledOrder } from './shuffle';
import { headingTarget, type QuizSource } from './validate-quizzes';

/** Turns Markdown into HTML; injected so this module stays pure and testable. */
export type MarkdownRenderer = { block(markdown: string): Promise<string>; inline(markdown: string): Promise<string> };

/** A choice as the reader sees it. */
export interface OptionView {
  /** The option's place in the quiz file: the value saved and graded. */
  index: number;
  html: string;
  correct: boolean;
  /** Why choosing it is wrong (or right), shown after checking. */
  feedbackHtml?: string;
}

/** One question, ready to render. */
export interface QuestionView {
  id: string;
  type: Question['type'];
  /** 1-based position in the quiz. */
  number: number;
  promptHtml: string;
  explanationHtml: string;
  /** Options of a choice question, in the (shuffled) order shown. */
  options: OptionView[];
  /** Items of an ordering question, in the (shuffled) order shown; `index` is the right position. */
  items: { index: number; html: string }[];
  /** The right answer, as shown in feedback and in the no-JavaScript disclosure. */
  answerHtml: string;
  /** Other accepted short answers, shown with the answer. */
  alsoAccepted: string[];
  /** The lesson heading that teaches this question. */
  link: { path: string; text: string };
}

/** A quiz ready to render: questions, answer keys for the client, and a hash of its content. */
export interface QuizView {
  /** The lesson id, also the quiz's storage id. */
  id: string;
  hash: string;
  questions: QuestionView[];
  keys: AnswerKey[];
}

/** Finds a heading's text and page path from its target. */
export type HeadingLookup = (target: { lessonId: string; slug: string }) => { path: string; text: string };

/** A stable seed from a question id, so shuffles are the same in every build. */
const seedOf = (id: string) => Number.parseInt(contentHash(id), 16);


/** Short answers that look like code (no spaces) are shown as code. */
const shortAnswerHtml = (answer: string) => (/\s/.test(answer) ? escapeHtml(answer) : `<code>${escapeHtml(answer)}</code>`);

async function questionView(question: Question, number: number, quizLessonId: string, render: MarkdownRenderer, lookup: HeadingLookup): Promise<QuestionView> {
  const random = seededRandom(seedOf(question.id));
  const base = {
    id: question.id,
    type: question.type,
    number,
    promptHtml: await render.block(question.prompt),
    explanationHtml: await render.block(question.explanation ?? ''),
    link: lookup(headingTarget(quizLessonId, question.heading)),
    options: [] as OptionView[],
    items: [] as { index: number; html: string }[],
    alsoAccepted: [] as string[],
  };
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const options = await Promise.all(
        question.options.map(async (option, index) => ({
          index,
          html: await render.inline(option.text),
          correct: option.correct,
          ...(option.feedback && { feedbackHtml: await render.inline(option.feedback) }),
        })),
      );
      const shown = shuffledOrder(options.length, random).map((index) => options[index]!);
      const right = options.filter((option) => option.correct).map((option) => option.html);
      const answerHtml = right.length === 1 ? right[0]! : `<ul>${right.map((html) => `<li>${html}</li>`).join('')}</ul>`;
      return { ...base, options: shown, answerHtml };
    }
    case 'true-false':
      return { ...base, answerHtml: question.answer ? 'True' : 'False' };
    case 'short':
      return { ...base, answerHtml: shortAnswerHtml(question.accept[0]!), alsoAccepted: question.accept.slice(1) };
    case 'numeric':
      return { ...base, answerHtml: question.tolerance > 0 ? `${question.answer} (± ${question.tolerance})` : String(question.answer) };
    case 'ordering': {
      const items = await Promise.all(question.items.map(async (item, index) => ({ index, html: await render.inline(item) })));
      const shown = shuffledOrder(items.length, random).map((index) => items[index]!);
      return { ...base, items: shown, answerHtml: `<ol>${items.map((item) => `<li>${item.html}</li>`).join('')}</ol>` };
    }
  }
}

/** Builds everything a quiz page needs from a validated quiz file. */
export async function quizView(quiz: QuizSource, render: MarkdownRenderer, lookup: HeadingLookup): Promise<QuizView> {
  const questions = await Promise.all(quiz.data.questions.map((question, index) => questionView(question, index + 1, quiz.lessonId, render, lookup)));
  return {
    id: quiz.lessonId,
    hash: contentHash(JSON.stringify(quiz.data)),
    questions,
    keys: quiz.data.questions.map(answerKey),
  };
}
