import type { AnswerKey } from './answer-key';
import { parseResponse } from './grading';
import type { AnyResponse } from './kind';
import { isRecord } from './kind';

/**
 * What the browser keeps for one quiz, under `enterprise-django:quiz:<lesson id>`:
 *   version   - this shape's version; a value of another version is not read as this one
 *   hash      - the quiz content's hash when saved: changed content means stale answers
 *   responses - the reader's answers by question id, in each question type's response shape
 *   checked   - whether the answers have been checked (so feedback shows again on reload)
 *   best      - the best score reached so far
 */
export interface SavedQuiz {
  version: 1;
  hash: string;
  responses: Record<string, AnyResponse>;
  checked: boolean;
  best: number;
}

export const SAVED_QUIZ_VERSION = 1;

/** What reading a saved quiz found. */
export type SavedQuizState =
  | { status: 'none' }
  | { status: 'restored'; saved: SavedQuiz }
  /** Saved for an earlier version of the quiz's questions: starts fresh. */
  | { status: 'stale' }
  /** Not JSON, or not the shape above: kept aside, starts fresh. */
  | { status: 'unreadable' };

/** Reads the stored text of a quiz, checking every field against the quiz as it is now. */
export function readSavedQuiz(raw: string | null, keys: AnswerKey[], hash: string): SavedQuizState {
  if (raw === null) return { status: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'unreadable' };
  }
  if (!isRecord(value) || value.version !== SAVED_QUIZ_VERSION || typeof value.hash !== 'string') return { status: 'unreadable' };
  if (value.hash !== hash) return { status: 'stale' };
  const { responses, checked, best } = value;
  if (!isRecord(responses) || typeof checked !== 'boolean' || !Number.isInteger(best) || (best as number) < 0 || (best as number) > keys.length) {
    return { status: 'unreadable' };
  }
  const parsed: Record<string, AnyResponse> = {};
  for (const [id, response] of Object.entries(responses)) {
    const key = keys.find((candidate) => candidate.id === id);
    const checkedResponse = key && parseResponse(key, response);
    if (!checkedResponse) return { status: 'unreadable' };
    parsed[id] = checkedResponse;
  }
  return { status: 'restored', saved: { version: SAVED_QUIZ_VERSION, hash, responses: parsed, checked, best: best as number } };
}

const PROBE_KEY = 'enterprise-django:storage-probe';

/** The storage key of a quiz. */
export const savedQuizKey = (quizId: string) => `enterprise-django:quiz:${quizId}`;

/**
 * Loads and saves one quiz's answers. Never throws: storage can be missing (private mode),
 * full, or hold someone's hand-edited value. Unreadable data is moved aside, not destroyed.
 */
export class QuizStore {
  /** False once storage has refused to save: the quiz then says that answers are not kept. */
  canSave = true;

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
    private readonly quizId: string,
  ) {
    if (!storage) this.canSave = false;
  }

  load(keys: AnswerKey[], hash: string): SavedQuizState {
    if (!this.storage) return { status: 'none' };
    let raw: string | null;
    try {
      raw = this.storage.getItem(savedQuizKey(this.quizId));
    } catch {
      this.canSave = false;
      return { status: 'none' };
    }
    // Finding out now lets the quiz say at once that answers will not be kept.
    if (this.#write(PROBE_KEY, '1')) this.storage.removeItem(PROBE_KEY);
    const state = readSavedQuiz(raw, keys, hash);
    if (state.status === 'unreadable' && raw !== null) this.#write(`${savedQuizKey(this.quizId)}:unreadable`, raw);
    return state;
  }

  save(saved: SavedQuiz): boolean {
    return this.#write(savedQuizKey(this.quizId), JSON.stringify(saved));
  }

  #write(key: string, value: string): boolean {
    if (!this.storage) return false;
    try {
      this.storage.setItem(key, value);
      this.canSave = true;
      return true;
    } catch {
      this.canSave = false;
      return false;
    }
  }
}
