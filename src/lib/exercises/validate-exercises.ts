import type { ExerciseFile } from '../../schemas/exercise';
import type { LessonOutline } from '../quiz/validate-quizzes';
import type { ContentProblem } from '../validate-course';

/** An exercise file as the build reads it. */
export interface ExerciseSource {
  /** The lesson the exercises belong to, "<folder>/<slug>", from the file's name. */
  lessonId: string;
  file: string;
  data: ExerciseFile;
}

/**
 * The rules of exercises that a schema cannot check: each file belongs to a lesson, each exercise
 * points at a heading of it and starts from a fixture that exists, and ids are unique across the
 * course, quiz questions included (the review queue holds both by id). Whether the solution
 * passes and the starter fails is checked by running them (src/runnable/exercises.ts).
 */
export function validateExercises(files: ExerciseSource[], lessons: LessonOutline[], questionIds: ReadonlySet<string>, fixtures: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const { lessonId, file, data } of files) {
    const lesson = lessons.find((candidate) => candidate.id === lessonId);
    if (!lesson) {
      problems.push({ file, message: `there is no lesson \`content/${lessonId}.mdx\` for these exercises`, fix: 'name the file after its lesson, `<lesson slug>.exercises.yaml`, in the lesson’s folder' });
      continue;
    }
    for (const exercise of data.exercises) {
      const at = { file, exercise: exercise.id };
      const earlier = seen.get(exercise.id);
      if (earlier) problems.push({ ...at, field: 'id', message: `the id \`${exercise.id}\` is already used by an exercise in ${earlier}`, fix: 'give each exercise its own id' });
      else if (questionIds.has(exercise.id)) problems.push({ ...at, field: 'id', message: `the id \`${exercise.id}\` is already a quiz question's id`, fix: 'give the exercise an id no question uses, e.g. starting with `ex` and the section number' });
      seen.set(exercise.id, file);
      if (!lesson.headings.some((heading) => heading.slug === exercise.heading)) {
        problems.push({ ...at, field: 'heading', message: `\`${exercise.heading}\` is not a heading of ${lesson.file}`, fix: `use one of: ${lesson.headings.map((heading) => heading.slug).join(', ')}` });
      }
      if (exercise.fixture !== undefined && !fixtures.includes(exercise.fixture)) {
        problems.push({ ...at, field: 'fixture', message: `there is no fixture \`${exercise.fixture}\``, fix: `use one of ${fixtures.join(', ')} (the files in content/fixtures/), or leave \`fixture\` out for code that defines its own models` });
      }
      if (exercise.starter === exercise.solution) {
        problems.push({ ...at, field: 'solution', message: 'the solution is the starter code', fix: 'write the code that passes the checks in `solution`' });
      }
    }
  }
  return problems;
}
