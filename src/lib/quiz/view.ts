import type { MarkdownRenderer } from '../../question-types/contract';
import { answerKey, definitionOf } from '../../question-types/definition';
import type { AnswerKey, Question, QuestionType, ViewOf } from '../../question-types/registry';
import { contentHash } from './hash';
import { seededRandom } from '../../primitives/shuffle';
import { headingTarget, type QuizSource } from './validate-quizzes';

export type { MarkdownRenderer };

/** What every question shows, whatever its type. */
interface SharedView {
  id: string;
  /** 1-based position in the quiz. */
  number: number;
  promptHtml: string;
  explanationHtml: string;
  /** The lesson heading that teaches this question. */
  link: { path: string; text: string };
}

/** One question of type T, ready to render: the shared fields and what its type's view adds. */
export type QuestionViewOf<T extends QuestionType> = SharedView & { type: T } & ViewOf<T>;
/** One question, ready to render. */
export type QuestionView = { [T in QuestionType]: QuestionViewOf<T> }[QuestionType];

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

async function questionView(question: Question, number: number, quizLessonId: string, render: MarkdownRenderer, lookup: HeadingLookup): Promise<QuestionView> {
  const shared = {
    id: question.id,
    type: question.type,
    number,
    promptHtml: await render.block(question.prompt),
    explanationHtml: await render.block(question.explanation ?? ''),
    link: lookup(headingTarget(quizLessonId, question.heading)),
  };
  const own = await definitionOf(question).view(question, { render, random: seededRandom(seedOf(question.id)) });
  // The type's view belongs to the question's own type (definitionOf looks it up by that type).
  return { ...shared, ...own } as QuestionView;
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
