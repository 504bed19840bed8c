import { questionSchema } from '../base';
import { choiceOptions, choiceView, correctOptions, type ChoiceView } from '../choices';
import type { Definition } from '../contract';
import type { Key } from './grading';

const schema = questionSchema('single', { options: choiceOptions });

/** Single choice: options, exactly one of them right. */
export const definition: Definition<typeof schema, Key, ChoiceView> = {
  schema,
  answerKey: (question) => ({ id: question.id, type: 'single', correct: correctOptions(question.options)[0] ?? -1, optionCount: question.options.length }),
  view: (question, context) => choiceView(question.options, context),
  problems: (question) => {
    const correct = correctOptions(question.options).length;
    if (correct === 0) return [{ message: 'this single-choice question has no correct option', fix: 'mark the right option with `correct: true`' }];
    if (correct > 1) return [{ message: `this single-choice question has ${correct} correct options`, fix: 'mark exactly one option `correct: true`, or make it `type: multiple`' }];
    return [];
  },
};
