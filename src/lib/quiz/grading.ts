import { gradingOf } from '../../question-types/grading';
import type { AnswerKey, AnyResponse } from '../../question-types/registry';

/** Grading a question or a whole quiz, whatever the types: each type's rules are in its grading.ts. */

/** Checks a saved response against its question; undefined when it does not fit. */
export function parseResponse(key: AnswerKey, value: unknown): AnyResponse | undefined {
  return gradingOf(key).parse(key, value);
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
  const grading = gradingOf(key);
  const given = response ?? grading.empty(key);
  const answered = grading.isAnswered(given);
  return { answered, correct: answered && grading.isCorrect(key, given) };
}

/** Grades every question of a quiz. */
export function gradeQuiz(keys: AnswerKey[], responses: Record<string, AnyResponse | undefined>): QuizResult {
  const results = Object.fromEntries(keys.map((key) => [key.id, gradeQuestion(key, responses[key.id])]));
  const score = Object.values(results).filter((result) => result.correct).length;
  return { results, score, total: keys.length };
}
