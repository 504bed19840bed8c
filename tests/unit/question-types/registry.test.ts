import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../../src/question-types/definition';
import { domOf } from '../../../src/question-types/dom';
import { folderProblems, PART_FILES } from '../../../src/question-types/folders';
import { gradingOf } from '../../../src/question-types/grading';
import { questionTypes, type AnswerKey, type Question } from '../../../src/question-types/registry';
import { quizSchema } from '../../../src/schemas/quiz';

const root = 'src/question-types';

describe('the question-type registry', () => {
  it('registers exactly the folders of src/question-types, each with all its parts', () => {
    const folders = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect([...folders].sort()).toEqual([...questionTypes].sort());
    for (const type of questionTypes) for (const file of PART_FILES) expect(existsSync(`${root}/${type}/${file}`), `${type}/${file}`).toBe(true);
  });

  it('finds every registered type in each lookup', () => {
    for (const type of questionTypes) {
      const key = { id: 'x', type } as AnswerKey;
      expect(Object.keys(definitionOf({ type } as Question)).sort(), type).toEqual(['answerKey', 'problems', 'schema', 'view']);
      expect(Object.keys(gradingOf(key)).sort(), type).toEqual(['empty', 'isAnswered', 'isCorrect', 'parse']);
      expect(Object.keys(domOf(key)).sort(), type).toEqual(['mark', 'read', 'reset', 'write']);
    }
  });

  it('has a question of every type in the browser-test fixture', () => {
    const fixture = quizSchema.parse(load(readFileSync('tests/fixtures/every-question-type.quiz.yaml', 'utf8')));
    expect(new Set(fixture.questions.map((question) => question.type))).toEqual(new Set(questionTypes));
  });
});

describe('folderProblems', () => {
  const complete = (type: string) => PART_FILES.map((file) => `./${type}/${file}`);

  it('finds nothing wrong when each registered type has its four files', () => {
    expect(folderProblems([...complete('single'), ...complete('short')], ['single', 'short'])).toEqual([]);
  });

  it('names a missing part, a folder that is not registered, and a type without a folder', () => {
    const paths = [...complete('single').filter((path) => !path.endsWith('dom.ts')), ...complete('yes-no')];
    expect(folderProblems(paths, ['single', 'short'])).toEqual([
      'src/question-types/yes-no/ is not registered: add its line to src/question-types/registry.ts',
      'src/question-types/single/ has no dom.ts: every question type needs definition.ts, grading.ts, dom.ts, Markup.astro',
      'the registered type short has no folder: add src/question-types/short/ with definition.ts, grading.ts, dom.ts, Markup.astro',
    ]);
  });
});
