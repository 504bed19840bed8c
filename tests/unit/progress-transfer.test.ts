import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, exportText, importSizeProblem, parseImport as parseImportFor } from '../../src/lib/progress/transfer';
import { t, A, course, progress, quiz } from './progress-fixtures';

describe('parseImport', () => {
  const parseImport = (text: string) => parseImportFor(text, course, new Date(t(20)));
  const valid = progress({ [A]: { read: { done: true, at: t(10) }, quiz: quiz(3, t(10), 'h1', { q1: { choice: 1 } }) } }, { q1: { lesson: A, box: 2, due: t(12), at: t(10) } });
  const file = (change: (data: Record<string, any>) => void) => {
    const data = JSON.parse(exportText(valid, new Date(t(20))));
    change(data);
    return JSON.stringify(data);
  };

  it('reads back what export wrote', () => {
    expect(parseImport(exportText(valid, new Date(t(20))))).toEqual({ ok: true, progress: valid, leftOut: { sections: 0, questions: 0 } });
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
