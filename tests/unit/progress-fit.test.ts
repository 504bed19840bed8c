import { describe, expect, it } from 'vitest';
import { describeLeftOut, fitToCourse } from '../../src/lib/progress/fit';
import { t, A, B, C, course, progress, quiz } from './progress-fixtures';

describe('fitToCourse', () => {
  const now = new Date(t(20));

  it('keeps what the course has as it is', () => {
    const fits = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(8, t(10), 'h1', { q1: { choice: 1 } }) }, [C]: { read: { done: true, at: t(11) } } }, { q9: { lesson: B, box: 2, due: t(12), at: t(10) } });
    expect(fitToCourse(fits, course, now)).toEqual({ ok: true, progress: fits, leftOut: { sections: 0, questions: 0, exercises: 0 } });
  });

  it('leaves out sections and question ids the course does not have, and counts them', () => {
    const unknownIds = Object.fromEntries(Array.from({ length: 16_000 }, (_, n) => [`x${n}`, { lesson: A, box: 1, due: t(10), at: t(10) }]));
    const imported = progress(
      { 'chapter-9/gone': { read: { done: true, at: t(10) } }, [A]: { quiz: quiz(2, t(10), 'h1', { q1: { choice: 1 }, x0: { choice: 2 }, old: { choice: 0 } }) }, [C]: { quiz: quiz(1, t(10), 'h0') } },
      { ...unknownIds, q1: { lesson: A, box: 2, due: t(12), at: t(10) } },
    );
    const fitted = fitToCourse(imported, course, now);
    expect(fitted).toEqual({
      ok: true,
      progress: progress({ [A]: { quiz: quiz(2, t(10), 'h1', { q1: { choice: 1 } }) }, [C]: {} }, { q1: { lesson: A, box: 2, due: t(12), at: t(10) } }),
      leftOut: { sections: 1, questions: 16_001, exercises: 0 },
    });
    expect(describeLeftOut(fitted.ok ? fitted.leftOut : undefined!)).toBe('1 section and 16001 questions that this course does not have');
    expect(describeLeftOut({ sections: 0, questions: 0, exercises: 0 })).toBeUndefined();
    expect(describeLeftOut({ sections: 1, questions: 2, exercises: 1 })).toBe('1 section, 2 questions and 1 exercise that this course does not have');
  });

  it('keeps exercises under the lesson that has them, and leaves out the rest with their review items', () => {
    const exercise = { draft: 'x = 1', passed: true, attempts: 2, at: t(10) };
    const imported = progress(
      { [A]: { exercises: { 'ex-a1': exercise, 'ex-gone': exercise } }, [B]: { exercises: { 'ex-a2': exercise } } },
      { 'ex-a1': { lesson: A, box: 2, due: t(12), at: t(10) }, 'ex-gone': { lesson: A, box: 1, due: t(10), at: t(10) } },
    );
    expect(fitToCourse(imported, course, now)).toEqual({
      ok: true,
      progress: progress({ [A]: { exercises: { 'ex-a1': exercise } }, [B]: {} }, { 'ex-a1': { lesson: A, box: 2, due: t(12), at: t(10) } }),
      leftOut: { sections: 0, questions: 0, exercises: 2 },
    });
    expect(fitToCourse(progress({ [A]: { exercises: { 'ex-a1': { ...exercise, at: '9999-12-31T00:00:00.000Z' } } } }), course, now)).toEqual({
      ok: false,
      reason: `lessons.${A}.exercises.ex-a1.at is 9999-12-31T00:00:00.000Z, in the future: the browser that exported it may have its clock set wrong.`,
    });
  });

  it('files a review item under the lesson that has its question now', () => {
    const fitted = fitToCourse(progress({}, { q9: { lesson: A, box: 2, due: t(12), at: t(10) } }), course, now);
    expect(fitted.ok && fitted.progress.review.q9!.lesson).toBe(B);
  });

  it('refuses a best score above the number of questions of the current quiz version, but not of an old one', () => {
    expect(fitToCourse(progress({ [B]: { quiz: quiz(3, t(10)) } }), course, now)).toEqual({ ok: false, reason: `lessons.${B}.quiz.best is 3, but that quiz has 2 questions.` });
    expect(fitToCourse(progress({ [B]: { quiz: quiz(3, t(10), 'old') } }), course, now).ok).toBe(true);
  });

  it('allows a clock a little ahead, and refuses dates further in the future', () => {
    expect(fitToCourse(progress({ [A]: { read: { done: true, at: '2026-11-21T09:00:00.000Z' } } }), course, now).ok).toBe(true);
    expect(fitToCourse(progress({ [A]: { quiz: quiz(1, '9999-12-31T00:00:00.000Z') } }), course, now)).toEqual({
      ok: false,
      reason: `lessons.${A}.quiz.at is 9999-12-31T00:00:00.000Z, in the future: the browser that exported it may have its clock set wrong.`,
    });
    expect(fitToCourse(progress({}, { q1: { lesson: A, box: 5, due: '9999-12-31T00:00:00.000Z', at: t(10) } }), course, now)).toEqual({
      ok: false,
      reason: 'review.q1.due is 9999-12-31T00:00:00.000Z, further from its last answer than the longest review interval.',
    });
  });
});
