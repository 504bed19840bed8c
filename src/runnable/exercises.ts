import type { ExerciseResult } from './boot';

/** An exercise as the run check needs it (from `<lesson>.exercises.yaml`). */
export interface ExerciseCase {
  /** The exercise file, for messages. */
  file: string;
  id: string;
  fixture?: string | undefined;
  starter: string;
  solution: string;
  checks: string;
  /** Part of the message a check must give the starter code. */
  starterFails: string;
}

/** What checking an exercise needs from the runtime: `check`, as bootDjango gives it. */
export type CheckExercise = (code: string, fixture: string | undefined, checks: string) => ExerciseResult;

/** Each check's verdict on one line, for authors and build messages. */
export function describeChecks(result: ExerciseResult): string[] {
  if (result.error) return [`the code itself failed before the checks ran:\n${result.error.trimEnd()}`];
  return result.checks.map((check) => `${check.passed ? 'pass' : check.broken ? 'BROKEN' : 'fail'}  ${check.title}${check.message ? `: ${check.message}` : ''}`);
}

/**
 * Runs an exercise's solution (every check must pass) and its starter code (it must run, and a
 * check must fail with the message the exercise names), so that an exercise whose checks accept
 * nothing, or accept the starter, never reaches a learner. Returns what is wrong; empty when fine.
 */
export function exerciseProblems(exercise: ExerciseCase, check: CheckExercise): string[] {
  const where = `${exercise.file} (exercise \`${exercise.id}\`)`;
  const problems: string[] = [];
  const solution = check(exercise.solution, exercise.fixture, exercise.checks);
  if (solution.checks.length === 0 && !solution.error) problems.push(`${where}: its checks define no \`@check\`.`);
  if (solution.error || solution.checks.some((result) => !result.passed)) {
    problems.push(`${where}: the solution does not pass every check:\n${describeChecks(solution).join('\n')}`);
  }
  const starter = check(exercise.starter, exercise.fixture, exercise.checks);
  const broken = starter.checks.filter((result) => result.broken);
  if (starter.error) problems.push(`${where}: the starter code fails before the checks can run; a learner would see a traceback, not a check:\n${starter.error.trimEnd()}`);
  else if (broken.length > 0) problems.push(`${where}: a check breaks on the starter code instead of saying what is wrong (guard it with defined() or expect()):\n${describeChecks(starter).join('\n')}`);
  else if (!starter.checks.some((result) => !result.passed && result.message.includes(exercise.starterFails))) {
    problems.push(`${where}: no check fails the starter code with a message containing "${exercise.starterFails}" (starter_fails):\n${describeChecks(starter).join('\n')}`);
  }
  return problems;
}

/** The build's message for exercises whose checks do not do what they should. */
export function formatExerciseProblems(problems: string[]): string {
  const noun = problems.length === 1 ? 'exercise problem' : 'exercise problems';
  return (
    `${problems.length} ${noun}: the reference solution must pass every check and the starter code must fail one with the intended message:\n` +
    problems.map((problem) => `- ${problem.replace(/\n/g, '\n    ')}`).join('\n') +
    '\nFix: correct the checks, the solution or the starter code (try them with `npm run exercise -- <file>`).'
  );
}
