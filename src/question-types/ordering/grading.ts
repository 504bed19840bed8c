import { isIndex, isRecord } from '../../primitives/guards';
import type { Grading, KeyBase } from '../contract';

export interface Key extends KeyBase<'ordering'> {
  itemCount: number;
}

export interface Response {
  /** The items' original indices, in the order the reader put them. */
  order: number[];
}

/** Items put in order; right when every item is in its place. */
export const grading: Grading<Key, Response> = {
  // The page shows the items shuffled and reads the reader's order from there; no order at all
  // (a missing response) must not count as the right one.
  empty: () => ({ order: [] }),
  isAnswered: (response) => response.order.length > 0,
  isCorrect: (key, response) => response.order.length === key.itemCount && response.order.every((item, position) => item === position),
  parse: (key, value) => {
    if (!isRecord(value) || !Array.isArray(value.order)) return undefined;
    const order: unknown[] = value.order;
    if (order.length === 0) return { order: [] };
    const isPermutation = order.length === key.itemCount && order.every((item) => isIndex(item, key.itemCount)) && new Set(order).size === order.length;
    return isPermutation ? { order: order as number[] } : undefined;
  },
};
