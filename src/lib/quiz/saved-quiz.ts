import type { QuizProgress } from '../progress/types';
import type { AnswerKey, AnyResponse } from '../../question-types/registry';
import { parseResponse } from './grading';

/** A quiz's saved answers, checked against the quiz as it is now. */
export interface RestoredQuiz {
  responses: Record<string, AnyResponse>;
  checked: boolean;
  /** Checked at least once on this version (progress/types.ts): only then is there a best score to show. */
  taken: boolean;
  best: number;
}

/** What the saved progress holds for a quiz. */
export type SavedQuizState =
  | { status: 'none' }
  | { status: 'restored'; saved: RestoredQuiz }
  /** Saved for an earlier version of the quiz's questions: starts fresh. */
  | { status: 'stale' }
  /** Answers that do not fit the questions (a hand-edited file): starts fresh. */
  | { status: 'unreadable' };

/** Checks a quiz's saved record, answer by answer, against the quiz's current keys and hash. */
export function restoreQuiz(saved: QuizProgress | undefined, keys: AnswerKey[], hash: string): SavedQuizState {
  if (!saved) return { status: 'none' };
  if (saved.hash !== hash) return { status: 'stale' };
  if (saved.best > keys.length) return { status: 'unreadable' };
  const responses: Record<string, AnyResponse> = {};
  for (const [id, response] of Object.entries(saved.responses)) {
    const key = keys.find((candidate) => candidate.id === id);
    const checkedResponse = key && parseResponse(key, response);
    if (!checkedResponse) return { status: 'unreadable' };
    responses[id] = checkedResponse;
  }
  return { status: 'restored', saved: { responses, checked: saved.checked, taken: saved.taken, best: saved.best } };
}
