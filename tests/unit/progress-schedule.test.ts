import { describe, expect, it } from 'vitest';
import { BOX_INTERVAL_DAYS, dueIn, dueQuestions, isDue, nextDueDate, reviewStanding, scheduleAnswer, upcomingDays } from '../../src/lib/progress/schedule';
import type { ReviewItem } from '../../src/lib/progress/types';

const now = new Date('2026-11-20T10:00:00.000Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const item = (box: number, due: Date): ReviewItem => ({ lesson: 'chapter-2/query-optimization', box, due: due.toISOString(), at: days(-10).toISOString() });

describe('scheduleAnswer', () => {
  it('puts a question answered wrong in box 1, due at once', () => {
    expect(scheduleAnswer(undefined, 'chapter-1/a', false, now)).toEqual({ lesson: 'chapter-1/a', box: 1, due: now.toISOString(), at: now.toISOString() });
  });

  it('puts a question answered right for the first time in box 2, due in two days', () => {
    const scheduled = scheduleAnswer(undefined, 'chapter-1/a', true, now);
    expect(scheduled.box).toBe(2);
    expect(scheduled.due).toBe(days(BOX_INTERVAL_DAYS[2]!).toISOString());
    expect(BOX_INTERVAL_DAYS[2]).toBe(2);
  });

  it.each([
    [1, 2, 2],
    [2, 3, 5],
    [3, 4, 12],
    [4, 5, 30],
    [5, 5, 30],
  ])('promotes a due question in box %i to box %i, due in %i days', (from, to, interval) => {
    const scheduled = scheduleAnswer(item(from, now), 'chapter-2/query-optimization', true, now);
    expect(scheduled).toEqual({ lesson: 'chapter-2/query-optimization', box: to, due: days(interval).toISOString(), at: now.toISOString() });
  });

  it.each([2, 3, 4, 5])('demotes a question in box %i to box 1 on a wrong answer, even before it is due', (box) => {
    expect(scheduleAnswer(item(box, days(7)), 'chapter-2/query-optimization', false, now)).toMatchObject({ box: 1, due: now.toISOString() });
  });

  it('leaves a question that is not yet due alone on a right answer (rechecking cannot promote it twice)', () => {
    const waiting = item(3, days(4));
    expect(scheduleAnswer(waiting, 'chapter-2/query-optimization', true, now)).toBe(waiting);
  });
});

describe('due questions', () => {
  const review = {
    late: item(2, days(-3)),
    today: item(1, now),
    soon: item(3, days(2)),
    later: item(4, days(9)),
    removed: item(1, days(-5)),
  };
  const order = ['today', 'soon', 'late', 'later'];

  it('is due at and after its due time', () => {
    expect(isDue(item(1, now), now)).toBe(true);
    expect(isDue(item(1, new Date(now.getTime() + 1)), now)).toBe(false);
  });

  it('lists due questions the course still has, oldest due first', () => {
    expect(dueQuestions(review, now, order).map((due) => due.questionId)).toEqual(['late', 'today']);
  });

  it('orders questions due at the same time by their place in the course', () => {
    const tied = { b: item(1, now), a: item(1, now) };
    expect(dueQuestions(tied, now, ['a', 'b']).map((due) => due.questionId)).toEqual(['a', 'b']);
  });

  it('finds when the next question falls due', () => {
    expect(nextDueDate(review, now, order)).toEqual(days(2));
    expect(nextDueDate({ today: review.today }, now, order)).toBeUndefined();
  });

  it('makes a question due when the clock reaches its interval', () => {
    expect(dueQuestions({ soon: review.soon }, days(2), order)).toHaveLength(1);
  });

  it('says where a question stands and when it comes back in words, not boxes', () => {
    const item = (box: number, due: string) => ({ lesson: 'chapter-1/a', box, due, at: '2026-11-20T10:00:00.000Z' });
    expect(reviewStanding(item(1, '2026-11-20T10:00:00.000Z'))).toBe('you missed it last time');
    expect(reviewStanding(item(2, '2026-11-22T10:00:00.000Z'))).toBe('you have answered it right once');
    expect(reviewStanding(item(4, '2026-12-02T10:00:00.000Z'))).toBe('you have answered it right 3 times in a row');
    expect(dueIn(item(1, '2026-11-20T10:00:00.000Z'), now)).toBe('today');
    expect(dueIn(item(2, '2026-11-21T10:00:00.000Z'), now)).toBe('tomorrow');
    expect(dueIn(item(3, '2026-11-25T10:00:00.000Z'), now)).toBe('in 5 days');
  });

  it('groups what falls due later by days from now, soonest first, leaving out what is due and what the course lost', () => {
    // Local times: days are the reader's calendar days.
    const local = (day: number, hour: number) => new Date(2026, 10, day, hour);
    const at = local(20, 10);
    const item = (due: Date) => ({ lesson: 'chapter-1/a', box: 2, due: due.toISOString(), at: at.toISOString() });
    const review = { a: item(local(22, 10)), b: item(local(22, 9)), c: item(local(21, 8)), later: item(local(20, 18)), due: item(local(20, 9)), gone: item(local(21, 10)) };
    expect(upcomingDays(review, at, ['a', 'b', 'c', 'later', 'due'])).toEqual([
      { days: 0, date: local(20, 18), ids: ['later'] },
      // Tomorrow morning is "tomorrow" though under 24 hours away.
      { days: 1, date: local(21, 8), ids: ['c'] },
      { days: 2, date: local(22, 9), ids: ['a', 'b'] },
    ]);
    expect(upcomingDays(review, at, ['a', 'b', 'c'], 1)).toHaveLength(1);
  });
});
