import type { AnswerKey } from './answer-key';
import type { AnyResponse, QuestionKind, Responses } from './kind';
import { multiple } from './kinds/multiple';
import { numeric } from './kinds/numeric';
import { ordering } from './kinds/ordering';
import { short } from './kinds/short';
import { single } from './kinds/single';
import { trueFalse } from './kinds/true-false';

/** Every question type's behaviour, looked up by the question's `type`. */
export const kinds: { [T in keyof Responses]: QuestionKind<T> } = {
  single,
  multiple,
  'true-false': trueFalse,
  short,
  numeric,
  ordering,
};

// One cast here spares every caller a switch: the key and response share a type by construction.
const kindOf = (key: AnswerKey) => kinds[key.type] as unknown as QuestionKind<AnswerKey['type']>;

/** The response a question starts with. */
export function emptyResponse(key: AnswerKey): AnyResponse {
  return kindOf(key).empty(key as never);
}

/** Checks a saved response against its question; undefined when it does not fit. */
export function parseResponse(key: AnswerKey, value: unknown): AnyResponse | undefined {
  return kindOf(key).parse(key as never, value);
}

/** How one question went. */
export interface QuestionResult {
  answered: boolean;
  correct: boolean;
}

/** How a whole quiz went. */
export interface QuizResult {
  results: Record<string, QuestionResult>;
  score: number;
  total: number;
}

/** Grades one question; a missing response counts as unanswered and wrong. */
export function gradeQuestion(key: AnswerKey, response: AnyResponse | undefined): QuestionResult {
  const kind = kindOf(key);
  const given = response ?? kind.empty(key as never);
  const answered = kind.isAnswered(given as never);
  return { answered, correct: answered && kind.isCorrect(key as never, given as never) };
}

/** Grades every question of a quiz. */
export function gradeQuiz(keys: AnswerKey[], responses: Record<string, AnyResponse | undefined>): QuizResult {
  const results = Object.fromEntries(keys.map((key) => [key.id, gradeQuestion(key, responses[key.id])]));
  const score = Object.values(results).filter((result) => result.correct).length;
  return { results, score, total: keys.length };
}
