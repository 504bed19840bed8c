import type { AnswerKey, KeyOf } from './answer-key';

/** What a reader can answer, per question type. */
export interface Responses {
  single: { choice: number | null };
  multiple: { choices: number[] };
  'true-false': { value: boolean | null };
  short: { text: string };
  numeric: { text: string };
  /** The items' original indices, in the order the reader put them. */
  ordering: { order: number[] };
}

export type ResponseOf<T extends AnswerKey['type']> = Responses[T];
export type AnyResponse = Responses[keyof Responses];

/** The behaviour of one question type: one module per type implements it. */
export interface QuestionKind<T extends AnswerKey['type']> {
  /** The response before the reader has answered. */
  empty(key: KeyOf<T>): ResponseOf<T>;
  /** Whether the reader has given an answer at all (a blank answer is graded wrong). */
  isAnswered(response: ResponseOf<T>): boolean;
  /** Whether the response is right. */
  isCorrect(key: KeyOf<T>, response: ResponseOf<T>): boolean;
  /** A saved value checked against the question; undefined when it does not fit. */
  parse(key: KeyOf<T>, value: unknown): ResponseOf<T> | undefined;
}
