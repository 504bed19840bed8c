import { describe, expect, it } from 'vitest';
import { quizView, type MarkdownRenderer } from '../../src/lib/quiz/view';
import { seededRandom, shuffledOrder } from '../../src/lib/quiz/shuffle';
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
  it('shuffles options and items away from the authored order, the same way every build', async () => {
    const first = await quizView(source, render, lookup);
    const second = await quizView(source, render, lookup);
    const optionOrder = first.questions[0]!.options.map((option) => option.index);
    expect(optionOrder).not.toEqual([0, 1, 2]);
    expect([...optionOrder].sort()).toEqual([0, 1, 2]);
    expect(first.questions[1]!.items.map((item) => item.index)).not.toEqual([0, 1, 2, 3]);
    expect(second).toEqual(first);
  });

  it('renders the right answer, other accepted answers and the link back', async () => {
    const view = await quizView(source, render, lookup);
    expect(view.questions[0]!.answerHtml).toBe('right');
    expect(view.questions[1]!.answerHtml).toBe('<ol><li>one</li><li>two</li><li>three</li><li>four</li></ol>');
    expect(view.questions[2]).toMatchObject({ answerHtml: '<code>select_related</code>', alsoAccepted: ['select_related()'] });
    expect(view.questions[1]!.link).toEqual({ path: '/chapter-1/b/#fields', text: 'Heading fields' });
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
