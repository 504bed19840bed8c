import type { Grading } from './contract';
import { byFolder } from './folders';
import type { AnswerKey, AnyResponse, GradingOf, QuestionType } from './registry';

/** Every type's grading.ts, by type. Browser-safe: it ships with the quiz and review scripts. */
const gradings = byFolder(import.meta.glob<GradingOf<QuestionType>>('./*/grading.ts', { eager: true, import: 'grading' })) as { [T in QuestionType]: GradingOf<T> };

/** The grading of a key's question type. */
// One cast here spares every caller a switch: a key and its response share a type by construction.
export const gradingOf = (key: AnswerKey) => gradings[key.type] as unknown as Grading<AnswerKey, AnyResponse>;
