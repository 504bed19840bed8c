import { describe, expect, it } from 'vitest';
import { describeMerge, mergeProgress } from '../../src/lib/progress/merge';
import { recordExerciseCheck, saveExerciseDraft } from '../../src/lib/progress/record';
import { EXPORT_FORMAT, exportText, importSizeProblem, parseImport as parseImportFor } from '../../src/lib/progress/transfer';
import { MAX_DRAFT_CHARS } from '../../src/lib/progress/types';
import { t, A, course, progress, quiz } from './progress-fixtures';

describe('parseImport', () => {
  const parseImport = (text: string) => parseImportFor(text, course, new Date(t(20)));
  const valid = progress(
    { [A]: { read: { done: true, at: t(10) }, quiz: quiz(3, t(10), 'h1', { q1: { choice: 1 } }), exercises: { 'ex-a1': { draft: 'x = 1', passed: false, attempts: 1, at: t(10) } } } },
    { q1: { lesson: A, box: 2, due: t(12), at: t(10) } },
  );
  const file = (change: (data: Record<string, any>) => void) => {
    const data = JSON.parse(exportText(valid, new Date(t(20))));
    change(data);
    return JSON.stringify(data);
  };

  it('reads back what export wrote', () => {
    expect(parseImport(exportText(valid, new Date(t(20))))).toEqual({ ok: true, progress: valid, leftOut: { sections: 0, questions: 0, exercises: 0 } });
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
    ['a quiz taken that is not true or false', file((data) => (data.lessons[A].quiz.taken = 'yes')), `The file's lessons.${A}.quiz.taken must be true or false.`],
    ['a quiz not taken that has results', file((data) => (data.lessons[A].quiz.taken = false)), `The file's lessons.${A}.quiz.taken is false, but the quiz has been checked (its answers are marked checked, or it has a best score).`],
    ['exercises that are a list', file((data) => (data.lessons[A].exercises = [])), `The file's lessons.${A}.exercises must be an object.`],
    ['an exercise id that is not one', file((data) => (data.lessons[A].exercises['Ex 1!'] = data.lessons[A].exercises['ex-a1'])), `The file's lessons.${A}.exercises.Ex 1! is not an exercise id like "ex26-n-plus-one".`],
    ['an exercise passed that is not true or false', file((data) => (data.lessons[A].exercises['ex-a1'].passed = 1)), `The file's lessons.${A}.exercises.ex-a1.passed must be true or false.`],
    ['negative attempts', file((data) => (data.lessons[A].exercises['ex-a1'].attempts = -1)), `The file's lessons.${A}.exercises.ex-a1.attempts must be a whole number of checks, 0 or more.`],
    ['an exercise passed without a check', file((data) => Object.assign(data.lessons[A].exercises['ex-a1'], { passed: true, attempts: 0 })), `The file's lessons.${A}.exercises.ex-a1.attempts is 0, but the exercise is marked passed, which takes at least one check.`],
    ['a draft that is not text', file((data) => (data.lessons[A].exercises['ex-a1'].draft = ['x = 1'])), `The file's lessons.${A}.exercises.ex-a1.draft must be code of at most 10,000 characters.`],
    ['a draft longer than the course keeps', file((data) => (data.lessons[A].exercises['ex-a1'].draft = 'x'.repeat(MAX_DRAFT_CHARS + 1))), `The file's lessons.${A}.exercises.ex-a1.draft must be code of at most 10,000 characters.`],
    ['an exercise without a time', file((data) => delete data.lessons[A].exercises['ex-a1'].at), `The file's lessons.${A}.exercises.ex-a1.at must be a date and time like "2026-11-20T09:30:00.000Z".`],
    ['a review item for no lesson', file((data) => (data.review.q1.lesson = 42)), "The file's review.q1.lesson must be a lesson id like \"chapter-2/query-optimization\"."],
  ])('refuses %s, saying why', (_, text, reason) => {
    expect(parseImport(text)).toEqual({ ok: false, reason });
  });

  it('refuses a file far too large to be progress, before reading it', () => {
    const reason = 'The file is 2.5 MB, and an export of this course\'s progress is never more than 1.0 MB, so it was not read.';
    expect(importSizeProblem(2_500_000)).toBe(reason);
    expect(importSizeProblem(1_000_000)).toBeUndefined();
    expect(parseImport(`{"format": "${EXPORT_FORMAT}", "padding": "${'x'.repeat(2_500_000 - 40)}"}`)).toEqual({ ok: false, reason });
  });

  it('refuses a file whose values cannot be true for this course, saying why', () => {
    expect(parseImport(file((data) => (data.lessons[A].quiz.best = 9)))).toEqual({ ok: false, reason: `The file's lessons.${A}.quiz.best is 9, but that quiz has 8 questions.` });
    expect(parseImport(file((data) => (data.lessons[A].read.at = '9999-12-31T00:00:00.000Z')))).toEqual({
      ok: false,
      reason: `The file's lessons.${A}.read.at is 9999-12-31T00:00:00.000Z, in the future: the browser that exported it may have its clock set wrong.`,
    });
  });
});

describe('exercises through export, import and merge', () => {
  it('brings another browser\'s exercise work in: passes kept, the later draft, the larger attempt count', () => {
    const here = recordExerciseCheck(saveExerciseDraft(progress(), A, 'ex-a1', 'draft here', new Date(t(10))), A, 'ex-a1', { passed: false, code: 'tried here' }, new Date(t(11)));
    const there = recordExerciseCheck(
      recordExerciseCheck(recordExerciseCheck(progress(), A, 'ex-a1', { passed: false, code: 'first' }, new Date(t(9))), A, 'ex-a1', { passed: true, code: 'solved' }, new Date(t(10))),
      A,
      'ex-a2',
      { passed: true, code: 'also solved' },
      new Date(t(12)),
    );
    const imported = parseImportFor(exportText(there, new Date(t(13))), course, new Date(t(13)));
    expect(imported).toEqual({ ok: true, progress: there, leftOut: { sections: 0, questions: 0, exercises: 0 } });
    const merged = mergeProgress(here, imported.ok ? imported.progress : there, course);
    expect(merged.lessons[A]!.exercises).toEqual({
      // "tried here" at t(11) is later than "solved" at t(10); the pass from there is kept.
      'ex-a1': { draft: 'tried here', passed: true, attempts: 2, at: t(11) },
      'ex-a2': { draft: 'also solved', passed: true, attempts: 1, at: t(12) },
    });
    expect(describeMerge(here, merged, () => '1.1 A')).toEqual([
      'Marks 2 exercises as passed: 1.1 A (2).',
      'Brings in newer exercise drafts for 1.1 A.',
      'Adds 1 exercise to your review schedule.',
    ]);
  });
});
