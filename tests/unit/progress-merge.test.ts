import { describe, expect, it } from 'vitest';
import { describeMerge, mergeProgress } from '../../src/lib/progress/merge';
import { t, A, B, C, course, progress, quiz } from './progress-fixtures';

describe('mergeProgress', () => {
  it('keeps the better best score and the later answers for the same quiz version', () => {
    const here = progress({ [A]: { quiz: quiz(5, t(10), 'h1', { q1: { choice: 1 } }) } });
    const there = progress({ [A]: { quiz: quiz(3, t(12), 'h1', { q1: { choice: 2 } }) } });
    expect(mergeProgress(here, there, course).lessons[A]!.quiz).toEqual(quiz(5, t(12), 'h1', { q1: { choice: 2 } }));
    expect(mergeProgress(there, here, course).lessons[A]!.quiz).toEqual(quiz(5, t(12), 'h1', { q1: { choice: 2 } }));
  });

  it('keeps the result for the current version of a quiz over one for an older version, however recent', () => {
    const here = progress({ [A]: { quiz: quiz(8, t(10), 'h1') } });
    const older = progress({ [A]: { quiz: quiz(2, t(12), 'old') } });
    expect(mergeProgress(here, older, course).lessons[A]!.quiz).toEqual(quiz(8, t(10), 'h1'));
    expect(mergeProgress(older, here, course).lessons[A]!.quiz).toEqual(quiz(8, t(10), 'h1'));
    expect(describeMerge(here, mergeProgress(here, older, course), (id) => id)).toEqual([]);
  });

  it('takes the later quiz whole when neither side was saved for the current version', () => {
    const old = progress({ [A]: { quiz: quiz(8, t(10), 'old') } });
    const older = progress({ [A]: { quiz: quiz(2, t(12), 'older') } });
    expect(mergeProgress(old, older, course).lessons[A]!.quiz).toEqual(quiz(2, t(12), 'older'));
  });

  it('keeps the later read mark, so an unmark made later wins', () => {
    const read = progress({ [A]: { read: { done: true, at: t(10) } } });
    const unread = progress({ [A]: { read: { done: false, at: t(11) } } });
    expect(mergeProgress(read, unread, course).lessons[A]!.read).toEqual({ done: false, at: t(11) });
    expect(mergeProgress(unread, read, course).lessons[A]!.read).toEqual({ done: false, at: t(11) });
  });

  it('prefers "read" when both marks were made at the same moment', () => {
    const read = progress({ [A]: { read: { done: true, at: t(10) } } });
    const unread = progress({ [A]: { read: { done: false, at: t(10) } } });
    expect(mergeProgress(unread, read, course).lessons[A]!.read!.done).toBe(true);
  });

  it('keeps sections and review items that only one side has', () => {
    const here = progress({ [A]: { read: { done: true, at: t(10) } } }, { q1: { lesson: A, box: 2, due: t(12), at: t(10) } });
    const there = progress({ [B]: { quiz: quiz(4, t(11)) } }, { q2: { lesson: B, box: 1, due: t(11), at: t(11) } });
    const merged = mergeProgress(here, there, course);
    expect(Object.keys(merged.lessons).sort()).toEqual([A, B]);
    expect(Object.keys(merged.review).sort()).toEqual(['q1', 'q2']);
  });

  it('keeps the review schedule from the later answer', () => {
    const here = progress({}, { q1: { lesson: A, box: 4, due: t(20), at: t(8) } });
    const there = progress({}, { q1: { lesson: A, box: 1, due: t(12), at: t(12) } });
    expect(mergeProgress(here, there, course).review.q1).toEqual({ lesson: A, box: 1, due: t(12), at: t(12) });
  });

  it('is idempotent: importing the same file twice changes nothing the second time', () => {
    const here = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(2, t(10)) } }, { q1: { lesson: A, box: 2, due: t(12), at: t(10) } });
    const there = progress({ [A]: { quiz: quiz(5, t(11)) } }, { q2: { lesson: A, box: 1, due: t(11), at: t(11) } });
    const once = mergeProgress(here, there, course);
    expect(mergeProgress(once, there, course)).toEqual(once);
    expect(describeMerge(once, mergeProgress(once, there, course), (id) => id)).toEqual([]);
  });
});

describe('merging exercises', () => {
  const exercise = (draft: string | undefined, passed: boolean, attempts: number, at: string) => ({ ...(draft !== undefined && { draft }), passed, attempts, at });

  it('keeps a pass from either side, the larger count of attempts, and the draft from the later side', () => {
    const here = progress({ [A]: { exercises: { 'ex-a1': exercise('mine, later', false, 5, t(12)) } } });
    const there = progress({ [A]: { exercises: { 'ex-a1': exercise('theirs, passed', true, 2, t(10)), 'ex-a2': exercise('only there', false, 1, t(10)) } } });
    const merged = { 'ex-a1': exercise('mine, later', true, 5, t(12)), 'ex-a2': exercise('only there', false, 1, t(10)) };
    expect(mergeProgress(here, there, course).lessons[A]!.exercises).toEqual(merged);
    expect(mergeProgress(there, here, course).lessons[A]!.exercises).toEqual(merged);
  });

  it('keeps a later reset: the draft stays gone', () => {
    const reset = progress({ [A]: { exercises: { 'ex-a1': exercise(undefined, true, 2, t(12)) } } });
    const drafted = progress({ [A]: { exercises: { 'ex-a1': exercise('old draft', false, 1, t(10)) } } });
    expect(mergeProgress(drafted, reset, course).lessons[A]!.exercises).toEqual({ 'ex-a1': exercise(undefined, true, 2, t(12)) });
  });

  it('keeps a quiz taken on either side of the same version', () => {
    const taken = progress({ [A]: { quiz: { ...quiz(0, t(10)), checked: false } } });
    const untaken = progress({ [A]: { quiz: { ...quiz(0, t(12)), checked: false, taken: false } } });
    expect(mergeProgress(untaken, taken, course).lessons[A]!.quiz).toEqual({ ...quiz(0, t(12)), checked: false, taken: true });
  });
});

describe('describeMerge', () => {
  it('lists what an import would change, in sentences', () => {
    const here = progress({ [A]: { quiz: quiz(2, t(10)) }, [C]: { read: { done: true, at: t(10) } } }, { q1: { lesson: A, box: 2, due: t(12), at: t(10) } });
    const there = progress(
      { [A]: { read: { done: true, at: t(11) }, quiz: quiz(6, t(11)) }, [B]: { read: { done: true, at: t(11) }, quiz: quiz(3, t(11)) }, [C]: { read: { done: false, at: t(12) } } },
      { q1: { lesson: A, box: 1, due: t(11), at: t(11) }, q2: { lesson: B, box: 2, due: t(13), at: t(11) } },
    );
    const label = (id: string) => ({ [A]: '1.1 A', [B]: '1.2 B', [C]: '2.1 C' })[id]!;
    expect(describeMerge(here, mergeProgress(here, there, course), label)).toEqual([
      'Marks 2 sections as read: 1.1 A, 1.2 B.',
      'Marks 1 section as not read, as you did later on the other browser: 2.1 C.',
      'Sets best quiz scores: 1.1 A: 6 (was 2), 1.2 B: 3 (none before).',
      'Adds 1 question to your review schedule.',
      'Updates the review schedule of 1 question with later answers.',
    ]);
  });

  it('names passed exercises and newer drafts, and counts exercises apart from questions in the schedule', () => {
    const here = progress({ [A]: { exercises: { 'ex-a1': { draft: 'old', passed: false, attempts: 1, at: t(10) } } } }, { q1: { lesson: A, box: 2, due: t(12), at: t(10) } });
    const there = progress(
      { [A]: { exercises: { 'ex-a1': { draft: 'new', passed: true, attempts: 3, at: t(11) }, 'ex-a2': { passed: true, attempts: 1, at: t(11) } } } },
      { q1: { lesson: A, box: 1, due: t(11), at: t(11) }, q2: { lesson: A, box: 1, due: t(11), at: t(11) }, 'ex-a1': { lesson: A, box: 2, due: t(13), at: t(11) }, 'ex-a2': { lesson: A, box: 2, due: t(13), at: t(11) } },
    );
    expect(describeMerge(here, mergeProgress(here, there, course), () => '2.6 Performance')).toEqual([
      'Marks 2 exercises as passed: 2.6 Performance (2).',
      'Brings in newer exercise drafts for 2.6 Performance.',
      'Adds 1 question and 2 exercises to your review schedule.',
      'Updates the review schedule of 1 question with later answers.',
    ]);
  });
});
