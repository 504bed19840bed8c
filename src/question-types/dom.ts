import type { Dom } from './contract';
import { byFolder } from './folders';
import type { AnswerKey, AnyResponse, DomOf, QuestionType } from './registry';

/** Every type's dom.ts, by type: the browser behaviour of a rendered question. */
const doms = byFolder(import.meta.glob<DomOf<QuestionType>>('./*/dom.ts', { eager: true, import: 'dom' })) as { [T in QuestionType]: DomOf<T> };

/** The browser behaviour of a key's question type. */
// One cast here spares every caller a switch: a key and its response share a type by construction.
export const domOf = (key: AnswerKey) => doms[key.type] as unknown as Dom<AnswerKey, AnyResponse>;
