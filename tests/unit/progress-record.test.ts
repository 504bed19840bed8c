import { describe, expect, it } from 'vitest';
import { clearExerciseDraft, draftFits, markReadOnReachingEnd, recordExerciseCheck, saveExerciseDraft, saveQuiz, scheduleAnswers, setRead } from '../../src/lib/progress/record';
import { MAX_DRAFT_CHARS } from '../../src/lib/progress/types';
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
      quiz: { hash: 'h1', responses: {}, checked: false, taken: false, best: 0, at: t(20) },
    });
  });

  it('never lowers the best score saved for the same quiz version, as a tab that loaded earlier would', () => {
    const better = progress({ [A]: { quiz: quiz(8, t(19), 'h1') } });
    const stale = { hash: 'h1', responses: { q1: { choice: 1 } }, checked: false, best: 2 };
    expect(saveQuiz(better, A, stale, now).lessons[A]!.quiz).toEqual({ ...stale, taken: true, best: 8, at: t(20) });
    // A new version of the quiz starts its own best score.
    expect(saveQuiz(better, A, { ...stale, hash: 'h2' }, now).lessons[A]!.quiz!.best).toBe(2);
  });

  it('keeps a quiz taken through "Retry missed questions" on the same version, and not across versions', () => {
    const checked = saveQuiz(progress(), A, { hash: 'h1', responses: { q1: { choice: 1 } }, checked: true, best: 0 }, new Date(t(19)));
    expect(checked.lessons[A]!.quiz).toMatchObject({ checked: true, taken: true, best: 0 });
    // A retry clears `checked` (the answers on screen are not checked); the quiz was still taken, even with 0.
    const retried = saveQuiz(checked, A, { hash: 'h1', responses: {}, checked: false, best: 0 }, now);
    expect(retried.lessons[A]!.quiz).toMatchObject({ checked: false, taken: true, best: 0 });
    expect(saveQuiz(checked, A, { hash: 'h2', responses: {}, checked: false, best: 0 }, now).lessons[A]!.quiz).toMatchObject({ taken: false });
  });
});

describe('recording exercise work', () => {
  const now = new Date(t(20));

  it('counts each check, keeps the code as the draft, and stays passed once passed', () => {
    const failed = recordExerciseCheck(progress(), A, 'ex-a1', { passed: false, code: 'for b in Book.objects.all(): b.author' }, new Date(t(18)));
    expect(failed.lessons[A]!.exercises).toEqual({ 'ex-a1': { draft: 'for b in Book.objects.all(): b.author', passed: false, attempts: 1, at: t(18) } });
    const passed = recordExerciseCheck(failed, A, 'ex-a1', { passed: true, code: 'solved' }, new Date(t(19)));
    const broken = recordExerciseCheck(passed, A, 'ex-a1', { passed: false, code: 'broken again' }, now);
    expect(broken.lessons[A]!.exercises!['ex-a1']).toEqual({ draft: 'broken again', passed: true, attempts: 3, at: t(20) });
  });

  it('puts a failed exercise in the review queue at once, and schedules a pass like a right answer', () => {
    const failed = recordExerciseCheck(progress(), A, 'ex-a1', { passed: false, code: 'x' }, new Date(t(18)));
    expect(failed.review['ex-a1']).toEqual({ lesson: A, box: 1, due: t(18), at: t(18) });
    expect(recordExerciseCheck(failed, A, 'ex-a1', { passed: true, code: 'y' }, now).review['ex-a1']).toEqual({ lesson: A, box: 2, due: '2026-11-22T10:00:00.000Z', at: t(20) });
  });

  it('saves drafts as the learner edits, starting a record that has not passed', () => {
    const saved = saveExerciseDraft(progress(), A, 'ex-a1', 'x = 1', now);
    expect(saved.lessons[A]!.exercises!['ex-a1']).toEqual({ draft: 'x = 1', passed: false, attempts: 0, at: t(20) });
    expect(saved.review).toEqual({});
  });

  it('forgets only the draft on reset, keeping the pass and the attempts', () => {
    const passed = recordExerciseCheck(progress(), A, 'ex-a1', { passed: true, code: 'solved' }, new Date(t(19)));
    expect(clearExerciseDraft(passed, A, 'ex-a1', now).lessons[A]!.exercises!['ex-a1']).toEqual({ passed: true, attempts: 1, at: t(20) });
    // Resetting an exercise never worked on has nothing to forget.
    const untouched = progress();
    expect(clearExerciseDraft(untouched, A, 'ex-a2', now)).toBe(untouched);
  });

  it('does not save a draft longer than MAX_DRAFT_CHARS: the previous draft stays, and a check still counts', () => {
    const long = 'x'.repeat(MAX_DRAFT_CHARS + 1);
    expect(draftFits(long)).toBe(false);
    expect(draftFits('x'.repeat(MAX_DRAFT_CHARS))).toBe(true);
    const saved = saveExerciseDraft(progress(), A, 'ex-a1', 'short', new Date(t(19)));
    expect(saveExerciseDraft(saved, A, 'ex-a1', long, now)).toBe(saved);
    expect(recordExerciseCheck(saved, A, 'ex-a1', { passed: true, code: long }, now).lessons[A]!.exercises!['ex-a1']).toEqual({ draft: 'short', passed: true, attempts: 1, at: t(20) });
  });
});
