import { describe, expect, it } from 'vitest';
import { describeMerge, mergeProgress } from '../../src/lib/progress/merge';
import { migrateFromV1 } from '../../src/lib/progress/migrate';
import { parseProgress } from '../../src/lib/progress/parse';
import { markReadOnReachingEnd, saveQuiz, scheduleAnswers, setRead } from '../../src/lib/progress/record';
import { ProgressStore } from '../../src/lib/progress/progress-store';
import { PROGRESS_KEY } from '../../src/lib/storage-keys';
import { completion, lessonStanding, nextStep, type TrackedLesson } from '../../src/lib/progress/summary';
import { EXPORT_FORMAT, exportText, parseImport } from '../../src/lib/progress/transfer';
import { emptyProgress, type Progress } from '../../src/lib/progress/types';
import { memoryStorage } from './memory-storage';

const t = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const A = 'chapter-1/a';
const B = 'chapter-1/b';
const C = 'chapter-2/c';

const progress = (lessons: Progress['lessons'] = {}, review: Progress['review'] = {}): Progress => ({ version: 2, lessons, review });
const quiz = (best: number, at: string, hash = 'h1', responses = {}) => ({ hash, responses, checked: true, best, at });

describe('mergeProgress', () => {
  it('keeps the better best score and the later answers for the same quiz version', () => {
    const here = progress({ [A]: { quiz: quiz(5, t(10), 'h1', { q1: { choice: 1 } }) } });
    const there = progress({ [A]: { quiz: quiz(3, t(12), 'h1', { q1: { choice: 2 } }) } });
    expect(mergeProgress(here, there).lessons[A]!.quiz).toEqual(quiz(5, t(12), 'h1', { q1: { choice: 2 } }));
    expect(mergeProgress(there, here).lessons[A]!.quiz).toEqual(quiz(5, t(12), 'h1', { q1: { choice: 2 } }));
  });

  it('takes the later quiz whole when the two were saved for different versions of the quiz', () => {
    const old = progress({ [A]: { quiz: quiz(8, t(10), 'old') } });
    const current = progress({ [A]: { quiz: quiz(2, t(12), 'new') } });
    expect(mergeProgress(old, current).lessons[A]!.quiz).toEqual(quiz(2, t(12), 'new'));
  });

  it('keeps the later read mark, so an unmark made later wins', () => {
    const read = progress({ [A]: { read: { done: true, at: t(10) } } });
    const unread = progress({ [A]: { read: { done: false, at: t(11) } } });
    expect(mergeProgress(read, unread).lessons[A]!.read).toEqual({ done: false, at: t(11) });
    expect(mergeProgress(unread, read).lessons[A]!.read).toEqual({ done: false, at: t(11) });
  });

  it('prefers "read" when both marks were made at the same moment', () => {
    const read = progress({ [A]: { read: { done: true, at: t(10) } } });
    const unread = progress({ [A]: { read: { done: false, at: t(10) } } });
    expect(mergeProgress(unread, read).lessons[A]!.read!.done).toBe(true);
  });

  it('keeps sections and review items that only one side has', () => {
    const here = progress({ [A]: { read: { done: true, at: t(10) } } }, { q1: { lesson: A, box: 2, due: t(12), at: t(10) } });
    const there = progress({ [B]: { quiz: quiz(4, t(11)) } }, { q2: { lesson: B, box: 1, due: t(11), at: t(11) } });
    const merged = mergeProgress(here, there);
    expect(Object.keys(merged.lessons).sort()).toEqual([A, B]);
    expect(Object.keys(merged.review).sort()).toEqual(['q1', 'q2']);
  });

  it('keeps the review schedule from the later answer', () => {
    const here = progress({}, { q1: { lesson: A, box: 4, due: t(20), at: t(8) } });
    const there = progress({}, { q1: { lesson: A, box: 1, due: t(12), at: t(12) } });
    expect(mergeProgress(here, there).review.q1).toEqual({ lesson: A, box: 1, due: t(12), at: t(12) });
  });

  it('is idempotent: importing the same file twice changes nothing the second time', () => {
    const here = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(2, t(10)) } }, { q1: { lesson: A, box: 2, due: t(12), at: t(10) } });
    const there = progress({ [A]: { quiz: quiz(5, t(11)) } }, { q2: { lesson: A, box: 1, due: t(11), at: t(11) } });
    const once = mergeProgress(here, there);
    expect(mergeProgress(once, there)).toEqual(once);
    expect(describeMerge(once, mergeProgress(once, there), (id) => id)).toEqual([]);
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
    expect(describeMerge(here, mergeProgress(here, there), label)).toEqual([
      'Marks 2 sections as read: 1.1 A, 1.2 B.',
      'Marks 1 section as not read, as you did later on the other browser: 2.1 C.',
      'Sets best quiz scores: 1.1 A: 6 (was 2), 1.2 B: 3 (none before).',
      'Adds 1 question to your review schedule.',
      'Updates the review schedule of 1 question with later answers.',
    ]);
  });
});

describe('parseImport', () => {
  const valid = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(3, t(10), 'h1', { q1: { choice: 1 } }) } }, { q1: { lesson: A, box: 2, due: t(12), at: t(10) } });
  const file = (change: (data: Record<string, any>) => void) => {
    const data = JSON.parse(exportText(valid, new Date(t(20))));
    change(data);
    return JSON.stringify(data);
  };

  it('reads back what export wrote', () => {
    expect(parseImport(exportText(valid, new Date(t(20))))).toEqual({ ok: true, progress: valid });
  });

  it.each([
    ['an empty file', '', 'The file is empty.'],
    ['a file that is not JSON', 'lessons: [1, 2', 'The file is not valid JSON, so it cannot be exported course progress.'],
    ['a JSON array', '[1, 2, 3]', `The file is not an Enterprise Django progress export (it lacks "format": "${EXPORT_FORMAT}").`],
    ['JSON from another program', '{"name": "my-app", "version": "1.0.0"}', `The file is not an Enterprise Django progress export (it lacks "format": "${EXPORT_FORMAT}").`],
    ['a file with no version', file((data) => delete data.version), "The file's version is missing: this is not saved course progress."],
    ['a file from a newer course', file((data) => (data.version = 3)), "The file's version is 3, written by a newer version of the course than this one (which reads version 2)."],
    ['a file whose lessons are a list', file((data) => (data.lessons = [])), "The file's lessons must be an object."],
    ['a lesson id that is not one', file((data) => (data.lessons['../../etc'] = {})), "The file's lessons.../../etc is not a lesson id like \"chapter-2/query-optimization\"."],
    ['a read mark that is not true or false', file((data) => (data.lessons[A].read.done = 'yes')), `The file's lessons.${A}.read.done must be true or false.`],
    ['a date that is not a date', file((data) => (data.lessons[A].read.at = 'last Tuesday')), `The file's lessons.${A}.read.at must be a date and time like "2026-11-20T09:30:00.000Z".`],
    ['a negative best score', file((data) => (data.lessons[A].quiz.best = -1)), `The file's lessons.${A}.quiz.best must be a whole number of questions, 0 or more.`],
    ['a fractional best score', file((data) => (data.lessons[A].quiz.best = 2.5)), `The file's lessons.${A}.quiz.best must be a whole number of questions, 0 or more.`],
    ['an answer that is not an object', file((data) => (data.lessons[A].quiz.responses.q1 = 'B')), `The file's lessons.${A}.quiz.responses.q1 must be an object.`],
    ['a quiz without its version hash', file((data) => delete data.lessons[A].quiz.hash), `The file's lessons.${A}.quiz.hash must be the quiz version it was saved for.`],
    ['a review box out of range', file((data) => (data.review.q1.box = 9)), "The file's review.q1.box must be a box number from 1 to 5."],
    ['a review item without a due date', file((data) => delete data.review.q1.due), "The file's review.q1.due must be a date and time like \"2026-11-20T09:30:00.000Z\"."],
    ['a review item for no lesson', file((data) => (data.review.q1.lesson = 42)), "The file's review.q1.lesson must be a lesson id like \"chapter-2/query-optimization\"."],
  ])('refuses %s, saying why', (_, text, reason) => {
    expect(parseImport(text)).toEqual({ ok: false, reason });
  });

  it('refuses a file far too large to be progress', () => {
    expect(parseImport(`{"format": "${EXPORT_FORMAT}", "padding": "${'x'.repeat(2_000_001)}"}`)).toEqual({ ok: false, reason: 'The file is too large to be exported course progress.' });
  });
});

describe('migrations', () => {
  const v1 = (best: number) => JSON.stringify({ version: 1, hash: 'h1', responses: { q1: { choice: 1 } }, checked: true, best });
  const now = new Date(t(25));

  it('folds version-1 quiz entries into version 2', () => {
    const { progress: migrated, migratedKeys } = migrateFromV1(
      [
        [`enterprise-django:quiz:${A}`, v1(4)],
        [`enterprise-django:quiz:${B}`, v1(2)],
        ['enterprise-django:theme', 'dark'],
      ],
      now,
    );
    expect(migrated).toEqual(progress({ [A]: { quiz: { ...quiz(4, t(25)), responses: { q1: { choice: 1 } } } }, [B]: { quiz: { ...quiz(2, t(25)), responses: { q1: { choice: 1 } } } } }));
    expect(migratedKeys).toEqual([`enterprise-django:quiz:${A}`, `enterprise-django:quiz:${B}`]);
    expect(parseProgress(migrated).ok).toBe(true);
  });

  it('leaves unreadable version-1 entries and set-aside copies where they are', () => {
    const { progress: migrated, migratedKeys } = migrateFromV1(
      [
        [`enterprise-django:quiz:${A}`, '{broken'],
        [`enterprise-django:quiz:${B}:unreadable`, v1(1)],
        ['enterprise-django:quiz:not-a-lesson', v1(1)],
      ],
      now,
    );
    expect(migrated).toEqual(emptyProgress());
    expect(migratedKeys).toEqual([]);
  });

  it('migrates on first load, then removes the old entries', () => {
    const storage = memoryStorage({ [`enterprise-django:quiz:${A}`]: v1(4), 'enterprise-django:theme': 'dark' });
    const loaded = new ProgressStore(storage, () => now).load();
    expect(loaded.lessons[A]!.quiz!.best).toBe(4);
    expect(JSON.parse(storage.data.get(PROGRESS_KEY)!)).toEqual(loaded);
    expect(storage.data.has(`enterprise-django:quiz:${A}`)).toBe(false);
    expect(storage.data.get('enterprise-django:theme')).toBe('dark');
  });

  it('keeps the old entries when the migrated progress cannot be saved', () => {
    const storage = memoryStorage({ [`enterprise-django:quiz:${A}`]: v1(4) }, true);
    expect(new ProgressStore(storage, () => now).load().lessons[A]!.quiz!.best).toBe(4);
    expect(storage.data.has(`enterprise-django:quiz:${A}`)).toBe(true);
  });
});

describe('ProgressStore', () => {
  it('saves and loads progress, and tells the page', () => {
    const storage = memoryStorage();
    let saves = 0;
    const store = new ProgressStore(storage, () => new Date(t(20)), () => saves++);
    const saved = store.update((current) => setRead(current, A, true, new Date(t(20))));
    expect(saved).toEqual(progress({ [A]: { read: { done: true, at: t(20) } } }));
    expect(new ProgressStore(storage).load()).toEqual(saved);
    expect(saves).toBe(1);
  });

  it('builds on what another tab saved since this one loaded', () => {
    const storage = memoryStorage();
    const first = new ProgressStore(storage);
    const second = new ProgressStore(storage);
    first.load();
    second.update((current) => setRead(current, B, true, new Date(t(20))));
    first.update((current) => setRead(current, A, true, new Date(t(21))));
    expect(Object.keys(new ProgressStore(storage).load().lessons).sort()).toEqual([A, B]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['a future version', JSON.stringify({ version: 3, lessons: {}, review: {} })],
    ['a wrong field', JSON.stringify({ version: 2, lessons: { [A]: { read: { done: 1, at: t(1) } } }, review: {} })],
  ])('moves %s aside instead of destroying it, and starts afresh', (_, raw) => {
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const store = new ProgressStore(storage);
    expect(store.load()).toEqual(emptyProgress());
    expect(store.foundUnreadable).toBe(true);
    expect(storage.data.get(`${PROGRESS_KEY}:unreadable`)).toBe(raw);
  });

  it('says it cannot save when storage refuses writes, and throws nothing', () => {
    const store = new ProgressStore(memoryStorage({}, true));
    expect(store.probe()).toBe(false);
    expect(store.update((current) => setRead(current, A, true, new Date(t(1))))).toBeUndefined();
    expect(store.canSave).toBe(false);
  });

  it('works without any storage at all', () => {
    const store = new ProgressStore(undefined);
    expect(store.load()).toEqual(emptyProgress());
    expect(store.canSave).toBe(false);
    expect(store.reset()).toBe(false);
  });

  it('reset removes progress, old quiz entries and set-aside copies, and nothing else', () => {
    const storage = memoryStorage({
      [PROGRESS_KEY]: JSON.stringify(progress()),
      [`${PROGRESS_KEY}:unreadable`]: '{',
      [`enterprise-django:quiz:${A}:unreadable`]: '{',
      'enterprise-django:theme': 'dark',
    });
    expect(new ProgressStore(storage).reset()).toBe(true);
    expect([...storage.data.keys()]).toEqual(['enterprise-django:theme']);
  });
});

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
});

describe('progress summaries', () => {
  const lessons: TrackedLesson[] = [
    { id: A, section: '1.1', title: 'A', href: '/chapter-1/a/', chapter: 1, quiz: { hash: 'h1', questions: 3 }, questionIds: ['q1', 'q2', 'q3'] },
    { id: B, section: '1.2', title: 'B', href: '/chapter-1/b/', chapter: 1, quiz: { hash: 'h1', questions: 1 }, questionIds: ['q4'] },
    { id: C, section: '2.1', title: 'C', href: '/chapter-2/c/', chapter: 2, questionIds: [] },
  ];

  it('counts a section complete once it is read and its quiz checked', () => {
    const state = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(2, t(11)) }, [B]: { read: { done: true, at: t(12) } }, [C]: { read: { done: true, at: t(9) } } });
    expect(lessonStanding(state, lessons[0]!)).toEqual({ read: true, best: 2, total: 3, complete: true, lastActivity: Date.parse(t(11)) });
    expect(lessonStanding(state, lessons[1]!)).toMatchObject({ read: true, complete: false, total: 1 });
    expect(lessonStanding(state, lessons[2]!)).toMatchObject({ read: true, complete: true });
    expect(completion(state, lessons)).toEqual({ complete: 2, total: 3 });
  });

  it('ignores a score saved for an earlier version of the quiz', () => {
    const state = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(3, t(11), 'old') } });
    expect(lessonStanding(state, lessons[0]!)).toMatchObject({ complete: false });
    expect(lessonStanding(state, lessons[0]!).best).toBeUndefined();
  });

  it('suggests the first section to a newcomer', () => {
    expect(nextStep(progress(), lessons)).toEqual({ kind: 'start', lesson: lessons[0] });
  });

  it('continues the section touched last while it is incomplete', () => {
    const state = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(2, t(10)) }, [B]: { read: { done: true, at: t(12) } } });
    expect(nextStep(state, lessons)).toEqual({ kind: 'continue', lesson: lessons[1] });
  });

  it('moves on to the next incomplete section, wrapping round to earlier ones', () => {
    const state = progress({ [B]: { read: { done: true, at: t(12) }, quiz: quiz(1, t(12)) }, [C]: { read: { done: true, at: t(13) } } });
    expect(nextStep(state, lessons)).toEqual({ kind: 'next', lesson: lessons[0] });
  });

  it('says when the whole course is finished', () => {
    const state = progress({ [A]: { read: { done: true, at: t(1) }, quiz: quiz(3, t(1)) }, [B]: { read: { done: true, at: t(2) }, quiz: quiz(1, t(2)) }, [C]: { read: { done: true, at: t(3) } } });
    expect(nextStep(state, lessons)).toEqual({ kind: 'finished' });
  });
});
