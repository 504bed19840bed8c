import { describe, expect, it } from 'vitest';
import { headingTarget, validateQuizzes, type LessonOutline, type QuizSource } from '../../src/lib/quiz/validate-quizzes';
import type { Question } from '../../src/question-types/registry';
import { quizSchema } from '../../src/schemas/quiz';

const lesson = (id: string, status: 'complete' | 'outline' = 'complete'): LessonOutline => ({
  id,
  file: `content/${id}.mdx`,
  status,
  headings: [
    { depth: 2, slug: 'models', text: 'Models' },
    { depth: 3, slug: 'fields', text: 'Fields' },
  ],
});

const question = (id: string, overrides: Partial<Question> = {}): Question =>
  ({ id, type: 'true-false', prompt: 'Q', answer: true, explanation: 'Because.', heading: 'models', ...overrides }) as Question;

const quiz = (lessonId: string, questions: Question[]): QuizSource => ({ lessonId, file: `content/${lessonId}.quiz.yaml`, data: { questions } });

const fourQuestions = (prefix: string) => [1, 2, 3, 4].map((n) => question(`${prefix}-${n}`));
const lessons = [lesson('chapter-1/a'), lesson('chapter-1/b'), lesson('chapter-2/c', 'outline')];
const valid = [quiz('chapter-1/a', fourQuestions('a')), quiz('chapter-1/b', fourQuestions('b'))];

/** The problems for a course whose quiz for lesson a is replaced. */
const problemsWithQuizA = (questions: Question[]) => validateQuizzes([quiz('chapter-1/a', questions), valid[1]!], lessons);

describe('validateQuizzes', () => {
  it('accepts valid quizzes, and outline lessons without one', () => {
    expect(validateQuizzes(valid, lessons)).toEqual([]);
  });

  it('reports a question id used twice across the course', () => {
    const problems = validateQuizzes([valid[0]!, quiz('chapter-1/b', [...fourQuestions('b').slice(1), question('a-1')])], lessons);
    expect(problems).toEqual([
      {
        file: 'content/chapter-1/b.quiz.yaml',
        question: 'a-1',
        message: 'the id is also used by a question in content/chapter-1/a.quiz.yaml',
        fix: 'give this question an id of its own (ids are unique across the course)',
      },
    ]);
  });

  it("reports a type's own rules (here single choice: one correct option) with the file and the question", () => {
    const none = question('a-1', { type: 'single', options: [{ text: 'x', correct: false }, { text: 'y', correct: false }] } as Partial<Question>);
    const two = question('a-2', { type: 'single', options: [{ text: 'x', correct: true }, { text: 'y', correct: true }] } as Partial<Question>);
    const problems = problemsWithQuizA([none, two, ...fourQuestions('a').slice(2)]);
    expect(problems).toEqual([
      expect.objectContaining({ question: 'a-1', message: 'this single-choice question has no correct option', fix: 'mark the right option with `correct: true`' }),
      expect.objectContaining({ question: 'a-2', message: 'this single-choice question has 2 correct options', fix: expect.stringContaining('make it `type: multiple`') }),
    ]);
  });

  it('reports a question without an explanation', () => {
    const bare = question('a-1', { explanation: undefined } as Partial<Question>);
    expect(problemsWithQuizA([bare, ...fourQuestions('a').slice(1)])).toEqual([
      expect.objectContaining({ question: 'a-1', message: 'the question has no explanation', fix: expect.stringContaining('add `explanation:`') }),
    ]);
  });

  it('reports a link to a heading the lesson does not have, listing the ones it has', () => {
    const lost = question('a-1', { heading: 'managers' });
    expect(problemsWithQuizA([lost, ...fourQuestions('a').slice(1)])).toEqual([
      {
        file: 'content/chapter-1/a.quiz.yaml',
        question: 'a-1',
        field: 'heading',
        message: '`heading: managers` is not a heading of content/chapter-1/a.mdx',
        fix: 'use the id of the heading that teaches this, one of: models, fields',
      },
    ]);
  });

  it('follows links into other lessons, and reports links to lessons that do not exist', () => {
    const elsewhere = question('a-1', { heading: 'b#fields' });
    const missing = question('a-2', { heading: 'nowhere#models' });
    expect(problemsWithQuizA([elsewhere, missing, ...fourQuestions('a').slice(2)])).toEqual([
      expect.objectContaining({ question: 'a-2', message: '`heading: nowhere#models` points at lesson chapter-1/nowhere, which does not exist' }),
    ]);
  });

  it('reports a complete lesson without a quiz', () => {
    expect(validateQuizzes([valid[0]!], lessons)).toEqual([
      {
        file: 'content/chapter-1/b.mdx',
        message: 'this complete lesson has no quiz',
        fix: 'add content/chapter-1/b.quiz.yaml with at least 4 questions, or set `status: outline` while the lesson is being written',
      },
    ]);
  });

  it('reports a quiz without a lesson', () => {
    expect(validateQuizzes([...valid, quiz('chapter-1/gone', fourQuestions('g'))], lessons)).toEqual([
      expect.objectContaining({ file: 'content/chapter-1/gone.quiz.yaml', message: 'there is no lesson chapter-1/gone.mdx for this quiz' }),
    ]);
  });

  it('reports a quiz with fewer than 4 questions', () => {
    expect(problemsWithQuizA(fourQuestions('a').slice(1))).toEqual([
      { file: 'content/chapter-1/a.quiz.yaml', message: 'the quiz has 3 questions', fix: 'write at least 4 questions' },
    ]);
  });
});

describe('headingTarget', () => {
  it('resolves a bare id, a lesson in the same chapter, and a lesson anywhere', () => {
    expect(headingTarget('chapter-1/a', 'models')).toEqual({ lessonId: 'chapter-1/a', slug: 'models' });
    expect(headingTarget('chapter-1/a', 'b#fields')).toEqual({ lessonId: 'chapter-1/b', slug: 'fields' });
    expect(headingTarget('chapter-1/a', 'chapter-2/c#models')).toEqual({ lessonId: 'chapter-2/c', slug: 'models' });
  });
});

describe('quiz schema', () => {
  it('names an unknown question type and lists the valid ones', () => {
    const result = quizSchema.safeParse({ questions: [{ id: 'x', type: 'essay', prompt: 'Q', heading: 'h' }] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain('single, multiple, true-false, short, numeric, ordering');
  });

  it('refuses an id that is not kebab-case', () => {
    const result = quizSchema.safeParse({ questions: [{ id: 'Save Validates', type: 'true-false', prompt: 'Q', answer: true, heading: 'h' }] });
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ['questions', 0, 'id'], message: expect.stringContaining('kebab-case') })]);
  });

  it('drops a leading # from heading and defaults tolerance to 0', () => {
    const result = quizSchema.parse({ questions: [{ id: 'n', type: 'numeric', prompt: 'Q', answer: 3, heading: '#models' }] });
    expect(result.questions[0]).toMatchObject({ heading: 'models', tolerance: 0 });
  });
});
