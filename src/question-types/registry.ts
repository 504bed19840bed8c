import type { z } from 'astro/zod';
import type { AnswerView, Definition, Dom, Grading, KeyBase } from './contract';

/**
 * The one place a question type is registered: one line per type, naming its folder's parts.
 * The line imports nothing at run time (`typeof import` is a type), so this module is safe
 * anywhere; the lookups (definition.ts, grading.ts, dom.ts, Markup.astro) find the parts by
 * folder name, and definition.ts checks at build time that the folders are exactly these.
 */

/** Just enough of a grading module to read its key and response types from. */
type AnyGrading = { grading: { isCorrect: (key: never, response: never) => boolean; empty: (key: never) => unknown } };

/** The key a grading module works with (from `isCorrect`, which takes both key and response). */
type GradingKey<G extends AnyGrading> = Parameters<G['grading']['isCorrect']>[0];
/** The response a grading module works with. */
type GradingResponse<G extends AnyGrading> = ReturnType<G['grading']['empty']>;

/** What a type's Markup.astro is given: its question's id and its type's view. */
type MarkupProps<D extends { definition: Definition<z.ZodObject, unknown, AnswerView> }> = { question: { id: string } & Awaited<ReturnType<D['definition']['view']>> };

/**
 * A type's parts, each held to its contract and to the others: the definition's answer key is the
 * grading's key, the dom reads and marks the grading's response and key, and the markup takes the
 * definition's view. A part that is missing, or whose types disagree, fails `astro check` on the
 * type's registry line (plain tsc cannot see into .astro files).
 */
export interface Parts<
  D extends { definition: Definition<z.ZodObject, GradingKey<G>, AnswerView> },
  G extends AnyGrading & { grading: Grading<GradingKey<G>, GradingResponse<G>> },
  M extends { dom: Dom<GradingKey<G>, GradingResponse<G>> },
  _Markup extends { default: (props: MarkupProps<D>) => unknown },
> {
  question: z.output<D['definition']['schema']>;
  key: GradingKey<G>;
  response: GradingResponse<G>;
  view: Awaited<ReturnType<D['definition']['view']>>;
  definition: D['definition'];
  grading: G['grading'];
  dom: M['dom'];
}

/** Registers a type: a placeholder value whose type carries the parts, held to the same constraints. */
const parts = <
  D extends { definition: Definition<z.ZodObject, GradingKey<G>, AnswerView> },
  G extends AnyGrading & { grading: Grading<GradingKey<G>, GradingResponse<G>> },
  M extends { dom: Dom<GradingKey<G>, GradingResponse<G>> },
  Markup extends { default: (props: MarkupProps<D>) => unknown },
>() => ({}) as Parts<D, G, M, Markup>;

const registry = {
  single: parts<typeof import('./single/definition'), typeof import('./single/grading'), typeof import('./single/dom'), typeof import('./single/Markup.astro')>(),
  multiple: parts<typeof import('./multiple/definition'), typeof import('./multiple/grading'), typeof import('./multiple/dom'), typeof import('./multiple/Markup.astro')>(),
  'true-false': parts<typeof import('./true-false/definition'), typeof import('./true-false/grading'), typeof import('./true-false/dom'), typeof import('./true-false/Markup.astro')>(),
  short: parts<typeof import('./short/definition'), typeof import('./short/grading'), typeof import('./short/dom'), typeof import('./short/Markup.astro')>(),
  numeric: parts<typeof import('./numeric/definition'), typeof import('./numeric/grading'), typeof import('./numeric/dom'), typeof import('./numeric/Markup.astro')>(),
  ordering: parts<typeof import('./ordering/definition'), typeof import('./ordering/grading'), typeof import('./ordering/dom'), typeof import('./ordering/Markup.astro')>(),
};

type Registry = typeof registry;

/** The registered types, in the order written above (which is the order the schema error lists them). */
export const questionTypes = Object.keys(registry) as QuestionType[];

export type QuestionType = keyof Registry;
/** A validated question of one type, as the quiz file's schema gives it. */
export type QuestionOf<T extends QuestionType> = Registry[T]['question'];
export type Question = QuestionOf<QuestionType>;
/** What grading needs to know about a question, and nothing the reader reads: the client gets these keys. */
export type KeyOf<T extends QuestionType> = Registry[T]['key'];
export type AnswerKey = KeyOf<QuestionType>;
/** What a reader can answer, per question type; saved as it is. */
export type ResponseOf<T extends QuestionType> = Registry[T]['response'];
export type AnyResponse = ResponseOf<QuestionType>;
/** What a type's view adds to the shared fields of a question. */
export type ViewOf<T extends QuestionType> = Registry[T]['view'];
export type DefinitionOf<T extends QuestionType> = Registry[T]['definition'];
export type GradingOf<T extends QuestionType> = Registry[T]['grading'];
export type DomOf<T extends QuestionType> = Registry[T]['dom'];

/** Each type's questions and keys carry its registered name as `type`, which is also its folder's name. */
type NamedAfterFolders<R> = { [T in keyof R]: { question: { type: T }; key: KeyBase<T & string> } };
registry satisfies NamedAfterFolders<Registry>;
