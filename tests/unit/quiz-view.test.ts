import { describe, expect, it } from 'vitest';
import { quizView, type MarkdownRenderer } from '../../src/lib/quiz/view';
import { seededRandom, shuffledOrder } from '../../src/primitives/shuffle';
import { contentHash } from '../../src/lib/quiz/hash';
import type { QuizSource } from '../../src/lib/quiz/validate-quizzes';

const render: MarkdownRenderer = { block: async (md) => `<p>${md}</p>`, inline: async (md) => md };
const lookup = ({ lessonId, slug }: { lessonId: string; slug: string }) => ({ path: `/${lessonId}/#${slug}`, text: `Heading ${slug}` });

const source: QuizSource = {
  lessonId: 'chapter-1/a',
  file: 'content/chapter-1/a.quiz.yaml',
  data: {
    questions: [
      {
        id: 'pick',
        type: 'single',
        prompt: 'Pick',
        explanation: 'Why',
        heading: 'models',
        options: [
          { text: 'right', correct: true },
          { text: 'wrong', correct: false, feedback: 'nope' },
          { text: 'also wrong', correct: false },
        ],
      },
      { id: 'steps', type: 'ordering', prompt: 'Order', explanation: 'Why', heading: 'b#fields', items: ['one', 'two', 'three', 'four'] },
      { id: 'name', type: 'short', prompt: 'Name', explanation: 'Why', heading: 'models', accept: ['select_related', 'select_related()'] },
    ],
  },
};

describe('quizView', () => {
  it("renders the shared fields and each question's own view, the same way every build", async () => {
    const first = await quizView(source, render, lookup);
    expect(first.questions.map((question) => [question.id, question.type, question.number])).toEqual([
      ['pick', 'single', 1],
      ['steps', 'ordering', 2],
      ['name', 'short', 3],
    ]);
    expect(first.questions[0]).toMatchObject({ promptHtml: '<p>Pick</p>', explanationHtml: '<p>Why</p>', answerHtml: 'right', optionFeedback: [{ html: 'wrong', feedbackHtml: 'nope' }] });
    expect(first.questions[2]).toMatchObject({ answerHtml: '<code>select_related</code>', alsoAccepted: ['select_related()'] });
    expect(await quizView(source, render, lookup)).toEqual(first);
  });

  it('shuffles with a seed from the question id, so the order differs from question to question', async () => {
    const { questions } = await quizView(source, render, lookup);
    const shown = questions.flatMap((question) => ('options' in question ? [question.options.map((option) => option.index)] : 'items' in question ? [question.items.map((item) => item.index)] : []));
    expect(shown).toHaveLength(2);
    expect(shown[0]).not.toEqual([0, 1, 2]);
    expect(shown[1]).not.toEqual([0, 1, 2, 3]);
  });

  it('links each question to the heading that teaches it, and gives the answer keys', async () => {
    const view = await quizView(source, render, lookup);
    expect(view.questions[1]!.link).toEqual({ path: '/chapter-1/b/#fields', text: 'Heading fields' });
    expect(view.keys).toEqual([
      { id: 'pick', type: 'single', correct: 0, optionCount: 3 },
      { id: 'steps', type: 'ordering', itemCount: 4 },
      { id: 'name', type: 'short', accept: ['select_related', 'select_related()'] },
    ]);
  });

  it('hashes the content, so any change to a question changes the hash', async () => {
    const view = await quizView(source, render, lookup);
    const changed = structuredClone(source);
    changed.data.questions[2]!.prompt = 'Name it';
    expect((await quizView(changed, render, lookup)).hash).not.toBe(view.hash);
    expect(view.hash).toBe(contentHash(JSON.stringify(source.data)));
  });
});

describe('shuffledOrder', () => {
  it('returns a permutation that is never the identity', () => {
    const random = seededRandom(42);
    for (let run = 0; run < 50; run++) {
      const order = shuffledOrder(3, random);
      expect([...order].sort()).toEqual([0, 1, 2]);
      expect(order).not.toEqual([0, 1, 2]);
    }
  });
  it('leaves a single item alone', () => {
    expect(shuffledOrder(1, Math.random)).toEqual([0]);
  });
});
