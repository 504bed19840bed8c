import { questionSchema } from '../base';
import { choiceOptions, choiceView, correctOptions, type ChoiceView } from '../choices';
import type { Definition } from '../contract';
import type { Key } from './grading';

const schema = questionSchema('multiple', { options: choiceOptions });

/** "Select all that apply": options, at least one of them right. */
export const definition: Definition<typeof schema, Key, ChoiceView> = {
  schema,
  answerKey: (question) => ({ id: question.id, type: 'multiple', correct: correctOptions(question.options), optionCount: question.options.length }),
  view: (question, context) => choiceView(question.options, context),
  problems: (question) =>
    correctOptions(question.options).length === 0 ? [{ message: 'this multiple-choice question has no correct option', fix: 'mark every right option with `correct: true`' }] : [],
};
