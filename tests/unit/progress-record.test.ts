import { describe, expect, it } from 'vitest';
import { markReadOnReachingEnd, saveQuiz, scheduleAnswers, setRead } from '../../src/lib/progress/record';
import { t, A, progress, quiz } from './progress-fixtures';

describe('recording what a learner does', () => {
  const now = new Date(t(20));

  it('marks a section read on reaching its end, unless the learner chose otherwise before', () => {
    expect(markReadOnReachingEnd(progress(), A, now).lessons[A]!.read).toEqual({ done: true, at: t(20) });
    const unmarked = setRead(progress(), A, false, new Date(t(19)));
    expect(markReadOnReachingEnd(unmarked, A, now)).toBe(unmarked);
  });

  it('schedules answered questions and leaves unanswered ones out', () => {
    const scheduled = scheduleAnswers(progress(), A, { right: { answered: true, correct: true }, wrong: { answered: true, correct: false }, blank: { answered: false, correct: false } }, now);
    expect(scheduled.review).toEqual({
      right: { lesson: A, box: 2, due: '2026-11-22T10:00:00.000Z', at: t(20) },
      wrong: { lesson: A, box: 1, due: t(20), at: t(20) },
    });
  });

  it('saves a quiz with the time of the change, keeping the read mark', () => {
    const read = setRead(progress(), A, true, new Date(t(19)));
    expect(saveQuiz(read, A, { hash: 'h1', responses: {}, checked: false, best: 0 }, now).lessons[A]).toEqual({
      read: { done: true, at: t(19) },
      quiz: { hash: 'h1', responses: {}, checked: false, best: 0, at: t(20) },
    });
  });

  it('never lowers the best score saved for the same quiz version, as a tab that loaded earlier would', () => {
    const better = progress({ [A]: { quiz: quiz(8, t(19), 'h1') } });
    const stale = { hash: 'h1', responses: { q1: { choice: 1 } }, checked: false, best: 2 };
    expect(saveQuiz(better, A, stale, now).lessons[A]!.quiz).toEqual({ ...stale, best: 8, at: t(20) });
    // A new version of the quiz starts its own best score.
    expect(saveQuiz(better, A, { ...stale, hash: 'h2' }, now).lessons[A]!.quiz!.best).toBe(2);
  });
});
