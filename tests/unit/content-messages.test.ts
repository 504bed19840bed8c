import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile, type LessonFile } from '../../src/lib/check-content';
import { parseContent } from '../../src/lib/schema-problems';
import { lineOf } from '../../src/lib/yaml-lines';
import { chapterSchema } from '../../src/schemas/chapter';
import { lessonSchema } from '../../src/schemas/lesson';
import { quizSchema } from '../../src/schemas/quiz';
import { frontmatter } from './fixtures';

// Issue 15: schema errors named `questions.3.answer` at line 0:0, said "add `answer:`" when it was
// there with the wrong type, and stopped the build before any other file was checked.

/** A question of each shape, as an author writes it in YAML. */
const question = (id: string, fields: Record<string, unknown> = {}) => ({ id, type: 'true-false', prompt: 'Q', answer: true, explanation: 'Because.', heading: 'models', ...fields });

/** A quiz file's YAML text for questions given as `key: value` lines. */
function quizYaml(questions: Record<string, unknown>[]): string {
  const value = (v: unknown) => (typeof v === 'string' && v !== '' ? (/^[\w -]+$/.test(v) && !/^(true|false|\d+)$/.test(v) ? v : JSON.stringify(v)) : JSON.stringify(v));
  return `questions:\n${questions.map((q) => Object.entries(q).map(([key, v], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value(v)}`).join('\n')).join('\n')}\n`;
}

const quizFile = (id: string, questions: Record<string, unknown>[]): ContentFile => ({ id, file: `content/${id}.quiz.yaml`, data: { questions }, text: quizYaml(questions) });

/** The problems of one quiz file against the quiz schema, with lines as the build finds them. */
function quizProblems(questions: Record<string, unknown>[]) {
  const { problems } = checkContent({ chapters: [chapterFile(1)], lessons: [lessonFile('chapter-1', 'a', '1.1')], quizzes: [quizFile('chapter-1/a', questions)] });
  return problems;
}

function chapterFile(number: number, folder = `chapter-${number}`): ContentFile {
  return { id: folder, file: `content/${folder}/chapter.yaml`, data: { number, title: 'T', summary: 'S' }, text: `number: ${number}\ntitle: T\nsummary: S\n` };
}

function lessonFile(folder: string, slug: string, section: string, overrides: Record<string, unknown> = {}): LessonFile {
  const data = frontmatter({ section, ...overrides });
  const yaml = Object.entries(data)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `\n${value.map((item) => `  - ${item}`).join('\n')}` : typeof value === 'string' ? JSON.stringify(value) : String(value)}`)
    .join('\n');
  return { id: `${folder}/${slug}`, file: `content/${folder}/${slug}.mdx`, data, text: `---\n${yaml}\n---\n\nBody.\n`, headings: [{ depth: 2, slug: 'models', text: 'Models' }] };
}

const fourValid = (prefix: string) => [1, 2, 3, 4].map((n) => question(`${prefix}-${n}`));

describe('a question field with a value of the wrong type', () => {
  it('names the file, the question id, the field and its line, says what is there, and how to write it', () => {
    const questions = [...fourValid('a').slice(0, 3), question('predict-queries', { type: 'numeric', answer: '51' })];
    expect(quizProblems(questions)).toEqual([
      {
        file: 'content/chapter-1/a.quiz.yaml',
        line: 23,
        question: 'predict-queries',
        field: 'answer',
        message: '`answer` is the text "51", not a number',
        fix: 'remove the quotes: `answer: 51`',
      },
    ]);
  });

  it('asks for true or false without quotes, and does not say "add" when the field is there', () => {
    const [problem] = quizProblems([...fourValid('a').slice(1), question('is-it', { answer: 'yes' })]);
    expect(problem).toMatchObject({ question: 'is-it', field: 'answer', message: '`answer` is the text "yes", not true or false', fix: 'write `answer: true` or `answer: false`, without quotes' });
  });

  it('says "add" only when the field is missing, with the line of its question', () => {
    const questions = fourValid('a');
    delete (questions[2] as { answer?: unknown }).answer;
    expect(quizProblems(questions)).toEqual([
      { file: 'content/chapter-1/a.quiz.yaml', line: 14, question: 'a-3', field: 'answer', message: '`answer` is missing', fix: 'add `answer: true` or `answer: false`' },
    ]);
  });

  it('points at the option inside a question', () => {
    const options = [{ text: 'x', correct: 'yes' }, { text: 'y' }];
    const problems = parseContent(quizSchema, 'q.quiz.yaml', { questions: [question('pick', { type: 'single', options })] }).problems;
    expect(problems).toEqual([expect.objectContaining({ question: 'pick', field: 'options.0.correct', message: '`correct` is the text "yes", not true or false' })]);
  });
});

describe('a bad question type', () => {
  it('names the question and the line of `type:`, and suggests the type a typo meant', () => {
    expect(quizProblems([...fourValid('a').slice(1), question('silent-logs', { type: 'singel' })])).toEqual([
      {
        file: 'content/chapter-1/a.quiz.yaml',
        line: 21,
        question: 'silent-logs',
        field: 'type',
        message: '`type: singel` is not one of the 6 types',
        fix: 'write `type: single` (the types are single, multiple, true-false, short, numeric, ordering)',
      },
    ]);
  });

  it('lists the types when the value is not close to one, and asks to add a missing type', () => {
    const withoutType = question('no-type');
    delete (withoutType as { type?: unknown }).type;
    const problems = quizProblems([...fourValid('a').slice(2), question('essay', { type: 'essay' }), withoutType]);
    expect(problems).toEqual([
      expect.objectContaining({ question: 'essay', field: 'type', message: '`type: essay` is not one of the 6 types', fix: 'use one of single, multiple, true-false, short, numeric, ordering' }),
      expect.objectContaining({ question: 'no-type', field: 'type', message: '`type` is missing', fix: 'add `type:` with one of single, multiple, true-false, short, numeric, ordering' }),
    ]);
  });

  it('names a question without a usable id by its number', () => {
    const problems = parseContent(quizSchema, 'q.quiz.yaml', { questions: [question('ok'), { ...question('x', { type: 'nope' }), id: 42 }] }).problems;
    expect(problems).toEqual([expect.objectContaining({ question: 'number 2 (it has no usable id)', field: 'type' })]);
  });
});

describe('frontmatter and chapter values', () => {
  it('asks for quotes around a value YAML read as a number, in a field and in a list', () => {
    const problems = parseContent(lessonSchema, 'a.mdx', frontmatter({ title: 12, keywords: ['ok', null] })).problems;
    expect(problems).toEqual([
      expect.objectContaining({ field: 'title', message: '`title` is the number 12, not text', fix: 'put it in quotes so YAML reads it as text: `title: "12"`' }),
      expect.objectContaining({ field: 'keywords.1', message: 'item 2 of `keywords` is empty, not text', fix: 'put it in quotes so YAML reads it as text: `- ""`' }),
    ]);
  });

  it("keeps the schema's own advice for a value of the right type that breaks a rule", () => {
    const problems = parseContent(chapterSchema, 'chapter.yaml', { number: 0, title: 'T', summary: 'S' }).problems;
    expect(problems).toEqual([{ file: 'chapter.yaml', path: ['number'], field: 'number', message: '`number` is the number 0', fix: '`number` must be 1 or more' }]);
  });
});

describe('lineOf', () => {
  const yaml = 'questions:\n  - id: a\n    type: single\n  - id: b\n    answer: 3\n';

  it('finds a field of a list item, and falls back to the item for a field it lacks', () => {
    expect(lineOf('q.quiz.yaml', yaml, ['questions', 1, 'answer'])).toBe(5);
    expect(lineOf('q.quiz.yaml', yaml, ['questions', 1, 'explanation'])).toBe(4);
  });

  it('counts the lines of an MDX file from the top, past the opening ---', () => {
    expect(lineOf('a.mdx', '---\ntitle: T\nsection: "1.2"\n---\nBody', ['section'])).toBe(3);
  });

  it('gives up on text that is not YAML', () => {
    expect(lineOf('q.quiz.yaml', 'questions: [\n', ['questions'])).toBeUndefined();
  });
});

describe('checkContent reports every problem at once', () => {
  it('reports a schema error in one file together with a numbering problem across two others', () => {
    const { content, problems } = checkContent({
      chapters: [chapterFile(1)],
      lessons: [lessonFile('chapter-1', 'a', '1.1'), lessonFile('chapter-1', 'b', '1.1'), lessonFile('chapter-1', 'c', '1.2', { title: 12 })],
      quizzes: [
        quizFile('chapter-1/a', [...fourValid('a').slice(1), question('bad-type', { type: 'singel' })]),
        quizFile('chapter-1/b', fourValid('b')),
        quizFile('chapter-1/c', fourValid('c')),
      ],
    });
    expect(content).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/chapter-1/a.mdx', line: 3, also: [{ file: 'content/chapter-1/b.mdx', line: 3 }], message: 'both lessons are section "1.1"' }),
      expect.objectContaining({ file: 'content/chapter-1/a.quiz.yaml', line: 21, question: 'bad-type', field: 'type' }),
      expect.objectContaining({ file: 'content/chapter-1/c.mdx', line: 2, field: 'title', message: '`title` is the number 12, not text' }),
    ]);
  });

  it("checks a broken quiz's valid questions across files, without a spurious count or missing-quiz problem", () => {
    const { problems } = checkContent({
      chapters: [chapterFile(1)],
      lessons: [lessonFile('chapter-1', 'a', '1.1'), lessonFile('chapter-1', 'b', '1.2')],
      quizzes: [quizFile('chapter-1/a', fourValid('a')), quizFile('chapter-1/b', [question('a-1'), question('b-2', { answer: 'no' })])],
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/chapter-1/b.quiz.yaml', line: 2, question: 'a-1', message: 'the id is also used by a question in content/chapter-1/a.quiz.yaml' }),
      expect.objectContaining({ file: 'content/chapter-1/b.quiz.yaml', line: 11, question: 'b-2', field: 'answer' }),
    ]);
  });

  it('gives a problem found across files the line of its field in the question', () => {
    const { problems } = checkContent({
      chapters: [chapterFile(1)],
      lessons: [lessonFile('chapter-1', 'a', '1.1')],
      quizzes: [quizFile('chapter-1/a', [...fourValid('a').slice(1), question('lost', { heading: 'managers' })])],
    });
    expect(problems).toEqual([expect.objectContaining({ line: 25, question: 'lost', field: 'heading', message: '`heading: managers` is not a heading of content/chapter-1/a.mdx' })]);
  });

  it('does not report gaps in a chapter where a lesson’s own section is unreadable', () => {
    const { problems } = checkContent({
      chapters: [chapterFile(1)],
      lessons: [lessonFile('chapter-1', 'a', '1.1'), lessonFile('chapter-1', 'b', '1.2.0'), lessonFile('chapter-1', 'c', '1.3')],
      quizzes: ['a', 'b', 'c'].map((slug) => quizFile(`chapter-1/${slug}`, fourValid(slug))),
    });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/chapter-1/b.mdx', line: 3, field: 'section' })]);
  });

  it('gives the checked content when there is nothing to report', () => {
    const { content, problems } = checkContent({ chapters: [chapterFile(1)], lessons: [lessonFile('chapter-1', 'a', '1.1')], quizzes: [quizFile('chapter-1/a', fourValid('a'))] });
    expect(problems).toEqual([]);
    expect(content?.course.lessons.map((lesson) => lesson.section)).toEqual(['1.1']);
    expect(content?.frontmatter.get('chapter-1/a')?.title).toBe('Models and the ORM');
  });
});

describe('exercise files', () => {
  const exercise = (id: string, fields: Record<string, unknown> = {}) => ({
    id,
    title: 'Fix it',
    heading: 'models',
    task: 'Do it.',
    starter: 'print(1)',
    solution: 'print(2)',
    checks: '@check("Prints 2")\ndef two():\n    expect(output == "2\\n", "Print 2.")',
    starter_fails: 'Print 2',
    hints: ['Two.'],
    explanation: 'Because.',
    ...fields,
  });
  const exerciseFile = (exercises: Record<string, unknown>[], lessonId = 'chapter-1/a'): ContentFile => {
    const text = `exercises:\n${exercises.map((item) => Object.entries(item).map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${JSON.stringify(value)}`).join('\n')).join('\n')}\n`;
    return { id: lessonId, file: `content/${lessonId}.exercises.yaml`, data: { exercises }, text };
  };
  const problemsOf = (files: ContentFile[], questions = fourValid('q')) =>
    checkContent({ chapters: [chapterFile(1)], lessons: [lessonFile('chapter-1', 'a', '1.1')], quizzes: [quizFile('chapter-1/a', questions)], exercises: files, fixtures: ['library'] }).problems;

  it('are read into the checked content when valid', () => {
    const { content, problems } = checkContent({ chapters: [chapterFile(1)], lessons: [lessonFile('chapter-1', 'a', '1.1')], quizzes: [quizFile('chapter-1/a', fourValid('q'))], exercises: [exerciseFile([exercise('ex11-one', { fixture: 'library' })])], fixtures: ['library'] });
    expect(problems).toEqual([]);
    expect(content!.exercises.map((file) => [file.lessonId, file.data.exercises.map((item) => item.id)])).toEqual([['chapter-1/a', ['ex11-one']]]);
  });

  it('name the file, the exercise, the field and its line when a field is missing', () => {
    const { checks: _checks, ...withoutChecks } = exercise('ex11-no-checks');
    expect(problemsOf([exerciseFile([exercise('ex11-fine'), withoutChecks])])).toEqual([
      expect.objectContaining({ file: 'content/chapter-1/a.exercises.yaml', line: 12, exercise: 'ex11-no-checks', message: expect.stringContaining('checks') }),
    ]);
  });

  it('refuse an unknown heading or fixture, a solution that is the starter, and ids used twice or by a question', () => {
    const problems = problemsOf([exerciseFile([exercise('ex11-one', { heading: 'nowhere', fixture: 'zoo' }), exercise('ex11-two'), exercise('ex11-two'), exercise('q-1', { solution: 'print(1)' })])]);
    expect(problems.map(({ exercise: id, field, message }) => [id, field, message])).toEqual([
      ['ex11-one', 'heading', '`nowhere` is not a heading of content/chapter-1/a.mdx'],
      ['ex11-one', 'fixture', 'there is no fixture `zoo`'],
      ['ex11-two', 'id', 'the id `ex11-two` is already used by an exercise in content/chapter-1/a.exercises.yaml'],
      ['q-1', 'id', "the id `q-1` is already a quiz question's id"],
      ['q-1', 'solution', 'the solution is the starter code'],
    ]);
    expect(problems.every((problem) => problem.line !== undefined)).toBe(true);
  });

  it('must belong to a lesson', () => {
    expect(problemsOf([exerciseFile([exercise('ex11-one')], 'chapter-1/missing')])).toEqual([
      expect.objectContaining({ file: 'content/chapter-1/missing.exercises.yaml', message: 'there is no lesson `content/chapter-1/missing.mdx` for these exercises' }),
    ]);
  });
});
