import type { Question } from '../../schemas/quiz';

/**
 * What grading needs to know about a question, and nothing the reader reads: the client gets
 * these keys, while prompts, options and explanations arrive as HTML.
 */
export type AnswerKey =
  | { id: string; type: 'single'; correct: number; optionCount: number }
  | { id: string; type: 'multiple'; correct: number[]; optionCount: number }
  | { id: string; type: 'true-false'; answer: boolean }
  | { id: string; type: 'short'; accept: string[] }
  | { id: string; type: 'numeric'; answer: number; tolerance: number }
  | { id: string; type: 'ordering'; itemCount: number };

export type KeyOf<T extends AnswerKey['type']> = Extract<AnswerKey, { type: T }>;

/** The indices of the options marked correct. */
function correctOptions(options: { correct: boolean }[]): number[] {
  return options.flatMap((option, index) => (option.correct ? [index] : []));
}

/** Reduces a validated question to its answer key. */
export function answerKey(question: Question): AnswerKey {
  switch (question.type) {
    case 'single':
      return { id: question.id, type: 'single', correct: correctOptions(question.options)[0] ?? -1, optionCount: question.options.length };
    case 'multiple':
      return { id: question.id, type: 'multiple', correct: correctOptions(question.options), optionCount: question.options.length };
    case 'true-false':
      return { id: question.id, type: 'true-false', answer: question.answer };
    case 'short':
      return { id: question.id, type: 'short', accept: question.accept };
    case 'numeric':
      return { id: question.id, type: 'numeric', answer: question.answer, tolerance: question.tolerance };
    case 'ordering':
      return { id: question.id, type: 'ordering', itemCount: question.items.length };
  }
}
