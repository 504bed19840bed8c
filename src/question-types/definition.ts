import { z } from 'astro/zod';
import type { AnswerView, Finding, ViewContext } from './contract';
import { byFolder, folderProblems } from './folders';
import { questionTypes, type AnswerKey, type DefinitionOf, type Question, type QuestionType } from './registry';

/**
 * Every type's definition.ts, by type, and what is derived from them: the question schema and
 * answer keys. Build time only (zod and Markdown stay out of the browser).
 */

// Only the file names are used: a lazy glob loads nothing.
const problems = folderProblems(Object.keys(import.meta.glob(['./*/definition.ts', './*/grading.ts', './*/dom.ts', './*/Markup.astro'])), questionTypes);
if (problems.length > 0) throw new Error(`The question types are incomplete:\n- ${problems.join('\n- ')}`);

const definitions = byFolder(import.meta.glob<DefinitionOf<QuestionType>>('./*/definition.ts', { eager: true, import: 'definition' })) as {
  [T in QuestionType]: DefinitionOf<T>;
};

/** A type's definition, for code that treats every type alike. */
interface AnyDefinition {
  answerKey: (question: Question) => AnswerKey;
  view: (question: Question, context: ViewContext) => Promise<AnswerView>;
  problems: (question: Question) => Finding[];
}

/** The definition of a question's type. */
// One cast here spares every caller a switch: a question and its definition share a type by construction.
export const definitionOf = (question: Question) => definitions[question.type] as unknown as AnyDefinition;

type Schema = DefinitionOf<QuestionType>['schema'];

/** One question of any type, told apart by `type`. */
export const questionSchema = z.discriminatedUnion('type', questionTypes.map((type) => definitions[type].schema) as [Schema, ...Schema[]], {
  error: `\`type\` must be one of ${questionTypes.join(', ')}`,
});

/** Reduces a validated question to its answer key. */
export const answerKey = (question: Question): AnswerKey => definitionOf(question).answerKey(question);
