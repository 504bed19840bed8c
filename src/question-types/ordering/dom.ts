import { shuffledOrder } from '../../primitives/shuffle';
import type { Dom } from '../contract';
import type { Key, Response } from './grading';

const orderList = (fieldset: HTMLFieldSetElement) => fieldset.querySelector<HTMLOListElement>('.quiz-order')!;
const orderItems = (fieldset: HTMLFieldSetElement) => [...orderList(fieldset).children] as HTMLLIElement[];

/** A list of items, each with Move up and Move down buttons; `data-initial` holds the order first shown. */
export const dom: Dom<Key, Response> = {
  read: (fieldset) => ({ order: orderItems(fieldset).map((item) => Number(item.dataset.index)) }),
  write: (fieldset, { order }) => {
    const list = orderList(fieldset);
    const byIndex = new Map(orderItems(fieldset).map((item) => [Number(item.dataset.index), item]));
    for (const index of order) list.append(byIndex.get(index)!);
  },
  /** After checking, says of each item whether it is in its place, and where it belongs if not. */
  mark: (fieldset) => {
    orderItems(fieldset).forEach((item, position) => {
      const place = Number(item.dataset.index);
      item.dataset.mark = place === position ? 'right' : 'wrong';
      item.querySelector('.option-mark')?.remove();
      const mark = document.createElement('span');
      mark.className = 'option-mark';
      mark.textContent = place === position ? '(in its place)' : `(belongs at ${place + 1})`;
      item.querySelector('.order-text')!.after(mark);
    });
  },
  reset: (fieldset, key, reshuffle) => {
    const initial = (orderList(fieldset).dataset.initial ?? '').split(',').map(Number);
    dom.write(fieldset, { order: reshuffle ? shuffledOrder(key.itemCount, Math.random).map((position) => initial[position]!) : initial });
  },
};
