import type { z } from 'astro/zod';

/**
 * The contract of a question type: what each of its files exports. Types only, so any layer may
 * import it. The registry (registry.ts) checks every type's files against these interfaces and
 * against each other. Members are properties, not methods, so their parameters are checked strictly.
 */

/** What every answer key has: the question's id and its type. */
export interface KeyBase<T extends string = string> {
  /** The question's id, unique across the course. */
  id: string;
  /** The question type, which is also the name of its folder. */
  type: T;
}

/** A broken rule that a schema cannot express: what is wrong, and how to fix it. */
export interface Finding {
  message: string;
  fix: string;
}

/** Turns Markdown into HTML; injected so the views stay pure and testable. */
export interface MarkdownRenderer {
  block(markdown: string): Promise<string>;
  inline(markdown: string): Promise<string>;
}

/** What a type's view gets besides its question. */
export interface ViewContext {
  render: MarkdownRenderer;
  /** Seeded by the question's id, so a shuffle is the same in every build. */
  random: () => number;
}

/** What every type's view gives the frame shared by all questions (QuizQuestion.astro). */
export interface AnswerView {
  /** The right answer, as shown in feedback and in the no-JavaScript disclosure. */
  answerHtml: string;
  /** Other accepted answers, shown with the answer. */
  alsoAccepted?: string[];
  /** Feedback on particular options, in the order shown, listed under the explanation. */
  optionFeedback?: { html: string; feedbackHtml: string }[];
}

/** `definition.ts` exports `definition`: build time only (zod, Markdown), never shipped to the browser. */
export interface Definition<Schema extends z.ZodObject, Key, View extends AnswerView> {
  /** The type's question schema, made with `questionSchema` from base.ts. */
  schema: Schema;
  /** What grading needs to know, and nothing the reader reads: the client gets it as JSON. */
  answerKey: (question: z.output<Schema>) => Key;
  /** What the type's Markup.astro and the shared frame show. */
  view: (question: z.output<Schema>, context: ViewContext) => Promise<View>;
  /** The type's rules beyond its schema, checked before rendering (e.g. one correct option). */
  problems: (question: z.output<Schema>) => Finding[];
}

/** `grading.ts` exports `grading`: pure and small, it runs at build time and in the browser. */
export interface Grading<Key, Response> {
  /** The response before the reader has answered. */
  empty: (key: Key) => Response;
  /** Whether the reader has given an answer at all (a blank answer is graded wrong). */
  isAnswered: (response: Response) => boolean;
  /** Whether the response is right. */
  isCorrect: (key: Key, response: Response) => boolean;
  /** A saved value checked against the question; undefined when it does not fit. */
  parse: (key: Key, value: unknown) => Response | undefined;
}

/** `dom.ts` exports `dom`: the browser behaviour of the fieldset rendered by the type's Markup.astro. */
export interface Dom<Key, Response> {
  /** The reader's answer as it stands. */
  read: (fieldset: HTMLFieldSetElement) => Response;
  /** Puts a saved answer back. */
  write: (fieldset: HTMLFieldSetElement, response: Response) => void;
  /** After checking, marks the right options and a wrong choice (nothing for types without options). */
  mark: (fieldset: HTMLFieldSetElement, key: Key) => void;
  /** Clears the answer; with `reshuffle`, shows the options or items in a new order. */
  reset: (fieldset: HTMLFieldSetElement, key: Key, reshuffle: boolean) => void;
}
