import { z } from 'astro/zod';
import { questionSchema } from '../question-types/definition';

/** A quiz file, `content/<chapter folder>/<lesson slug>.quiz.yaml`. Each question type's schema is in its folder under src/question-types/. */
export const quizSchema = z.object({
  /** The questions, in the order readers see them. */
  questions: z.array(questionSchema, { error: 'add `questions:` as a list of questions' }),
});

export type QuizData = z.infer<typeof quizSchema>;
