import { seededRandom } from '../../../src/primitives/shuffle';
import type { ViewContext } from '../../../src/question-types/contract';

/** The fields every question has, for building test questions. */
export const shared = { prompt: 'Q', explanation: 'Because.', heading: 'h' };

/** A Markdown renderer that only wraps blocks, and a fixed seed: views are easy to predict. */
export const context = (): ViewContext => ({ render: { block: async (md) => `<p>${md}</p>`, inline: async (md) => md }, random: seededRandom(42) });
