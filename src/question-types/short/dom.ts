import type { Dom } from '../contract';
import { textAnswer } from '../inputs';
import type { Key, Response } from './grading';

/** One text input. */
export const dom: Dom<Key, Response> = textAnswer;
