import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { loadPyodide } from 'pyodide';
import { beforeAll, describe, expect, it } from 'vitest';
import { bootDjango, type PythonRuntime } from '../../src/runnable/boot';
import { prepareRuntime, RUNTIME_DIR } from '../../src/integrations/python-runtime';
import { extractSamples, pythonBlocks, sampleDrifts } from '../../src/runnable/samples';
import { contentFiles } from './content-files';
import { exerciseProblems, type ExerciseCase } from '../../src/runnable/exercises';

// The same Pyodide and Django bundle the site ships: how the runner behaves, and every Python block compiles.
const lessonFiles = contentFiles(/\.(mdx|quiz\.yaml)$/);
const samples = lessonFiles.filter((file) => file.endsWith('.mdx')).flatMap((file) => extractSamples(file, readFileSync(file, 'utf8')));

let python: PythonRuntime;

beforeAll(async () => {
  const manifest = prepareRuntime(process.cwd());
  const pyodide = await loadPyodide({ indexURL: join(process.cwd(), RUNTIME_DIR, manifest.pyodide) });
  python = bootDjango(pyodide, new Uint8Array(readFileSync(join(RUNTIME_DIR, manifest.bundle))));
}, 120_000);

describe('runnable samples', () => {
  // Every lesson's sample runs in `astro build` (src/integrations/sample-check.ts), which fails on
  // a drift: `npm test` builds twice, so running them here too would be a third time. This checks
  // that the check the build uses catches a wrong figure with the real runtime.
  it('are all found, and the build check reports a wrong query count and output with the real runtime', () => {
    expect(samples.length).toBeGreaterThan(40);
    const sample = samples.find((candidate) => candidate.queries !== undefined && candidate.queries > 0)!;
    expect(sampleDrifts([sample], python.run)).toEqual([]);
    const wrong = { ...sample, queries: sample.queries! + 1, expectedOutput: `${sample.expectedOutput}\nextra line` };
    expect(sampleDrifts([wrong], python.run)).toEqual([
      `${sample.file}:${sample.line} "${sample.title}": output differs (- lesson, + actual):\n${sample.expectedOutput
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n')}\n- extra line\nran ${sample.queries} SQL queries, the lesson says queries={${sample.queries! + 1}}`,
    ]);
  });

  it('runs each sample in a fresh database', () => {
    const code = 'from library.models import Author\nAuthor.objects.create(name="New", country="FR")\nprint(Author.objects.count())';
    expect(python.run(code, 'library').output).toBe('6\n');
    expect(python.run(code, 'library').output).toBe('6\n');
  });

  it('trims a traceback to the learner’s code and counts the queries run', () => {
    const result = python.run('from library.models import Book\nprint("before")\nBook.objects.get(title="Missing")', 'library');
    expect(result.output).toBe('before\n');
    expect(result.error).toBe(
      'Traceback (most recent call last):\n  File "<sample>", line 3, in <module>\n    Book.objects.get(title="Missing")\nlibrary.models.Book.DoesNotExist: Book matching query does not exist.\n',
    );
    expect(result.queries).toHaveLength(1);
    expect(result.queries[0]).toMatch(/^SELECT .*\nFROM "library_book"/s);
  });

  it('lets a sample define its own models, twice in a row', () => {
    const code = 'from django.db import models\nclass Note(models.Model):\n    text = models.TextField()\n    class Meta:\n        app_label = "demo"\nNote.objects.create(text="hi")\nprint(Note.objects.count())';
    expect(python.run(code).output).toBe('1\n');
    expect(python.run(code).output).toBe('1\n');
  });

  it('lets a sample define models with an automatic many-to-many table, twice in a row', () => {
    const code = [
      'from django.db import models',
      'class Tag(models.Model):',
      '    name = models.CharField(max_length=10)',
      '    class Meta:',
      '        app_label = "demo"',
      'class Post(models.Model):',
      '    tags = models.ManyToManyField(Tag)',
      '    class Meta:',
      '        app_label = "demo"',
      'post = Post.objects.create()',
      'post.tags.add(Tag.objects.create(name="a"))',
      'print(post.tags.count())',
    ].join('\n');
    for (const run of [1, 2]) {
      const result = python.run(code);
      expect(result.error ?? null, `run ${run}`).toBeNull();
      expect(result.output, `run ${run}`).toBe('1\n');
    }
  });

  it('starts each run clean, whatever an earlier sample changed in the runner, Django or Python', () => {
    // Prints, runs checks, logs and saves a model (signals fire): what earlier samples could disturb.
    const probe = [
      'import logging',
      'from django.core import checks',
      'from library.models import Author',
      'logging.getLogger("django.db.backends").debug("a debug line")',
      'Author.objects.create(name="New", country="FR")',
      'print([message.id for message in checks.run_checks()])',
      'print(Author.objects.count())',
    ].join('\n');
    const before = python.run(probe, 'library');
    const meddler = [
      'import builtins, logging, sys',
      'import course_runner',
      'from django.conf import settings',
      'from django.core import checks',
      'from django.db.models.signals import pre_save',
      'course_runner._format_sql = lambda sql: "patched"',
      'course_runner.run_sample = lambda *args: {"output": "hijacked", "error": None, "queries": []}',
      'course_runner._fresh_database.__code__ = (lambda fixture: None).__code__',
      'settings.DEBUG = False',
      'class Loud(logging.Handler):',
      '    def emit(self, record):',
      '        sys.stderr.write("logged: " + record.getMessage() + "\\n")',
      'logging.getLogger().addHandler(Loud())',
      'logging.getLogger("django.db.backends").setLevel(logging.DEBUG)',
      '@checks.register()',
      'def leaked_check(app_configs, **kwargs):',
      '    return [checks.Warning("leaked", id="demo.W001")]',
      'def leaked_receiver(sender, **kwargs):',
      '    print("leaked receiver")',
      'pre_save.connect(leaked_receiver, weak=False)',
      'builtins.print = lambda *args, **kwargs: None',
    ].join('\n');
    expect(python.run(meddler, 'library').error ?? null).toBeNull();
    const after = python.run(probe, 'library');
    expect(after).toEqual(before);
    expect(after.output).toBe('[]\n6\n');
    expect(after.queries.length).toBeGreaterThan(0);
  });
});

/** The Markdown a file holds: a lesson as it is, a quiz's prompts, options and explanations. */
function markdownOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.mdx')) return text;
  const quiz = load(text) as { questions: { prompt?: string; explanation?: string }[] };
  return quiz.questions.map((question) => `${question.prompt ?? ''}\n\n${question.explanation ?? ''}`).join('\n\n');
}

describe('every Python code block in the course', () => {
  const blocks = lessonFiles.flatMap((file) => pythonBlocks(markdownOf(file)).map((block) => ({ file, ...block })));

  it('was found', () => expect(blocks.length).toBeGreaterThan(40));

  it.each(blocks.map((block) => [`${block.file}:${block.line}`, block] as const))('%s compiles', (_, block) => {
    expect(python.compiles(block.code)).toBeNull();
  });
});

describe('exercise checks on the real runtime', () => {
  // Every exercise's solution and starter run in `astro build` (src/integrations/sample-check.ts);
  // this checks that the check catches each way an exercise can be wrong.
  const exercise: ExerciseCase = {
    file: 'content/x.exercises.yaml',
    id: 'ex-count-books',
    fixture: 'library',
    starter: 'from library.models import Book\ndef count_books():\n    return len(list(Book.objects.all()))',
    solution: 'from library.models import Book\ndef count_books():\n    return Book.objects.count()',
    checks: [
      '@check("Counts in the database")',
      'def counts():',
      '    count_books = defined("count_books", "function")',
      '    with count_queries() as run:',
      '        total = count_books()',
      '    expect(total == 10, f"count_books() returned {total}; the fixture has 10 books.")',
      '    expect("COUNT(" in run.sql[0], "Your function loaded every book to count them in Python: ask the database with count().")',
    ].join('\n'),
    starterFails: 'ask the database with count()',
  };

  it('accept a solution that passes and a starter that fails with the intended message', () => {
    expect(exerciseProblems(exercise, python.check)).toEqual([]);
    const starter = python.check(exercise.starter, 'library', exercise.checks);
    expect(starter.checks).toEqual([{ title: 'Counts in the database', passed: false, broken: false, message: 'Your function loaded every book to count them in Python: ask the database with count().' }]);
  });

  it('report a solution that fails, a starter that passes, and a check that breaks instead of teaching', () => {
    expect(exerciseProblems({ ...exercise, solution: exercise.starter + '\n', starter: exercise.solution }, python.check).join('\n')).toMatch(
      /the solution does not pass every check:\nfail {2}Counts in the database: Your function loaded[\s\S]*no check fails the starter code with a message containing "ask the database with count\(\)"/,
    );
    const unguarded = { ...exercise, starter: 'print("nothing yet")', checks: '@check("Counts")\ndef counts():\n    learner["count_books"]()' };
    expect(exerciseProblems(unguarded, python.check).join('\n')).toContain('a check breaks on the starter code instead of saying what is wrong');
    expect(python.check(unguarded.starter, 'library', unguarded.checks).checks[0]).toMatchObject({ broken: true, message: expect.stringMatching(/^This check could not run on your code \(KeyError: 'count_books'\)/) });
  });

  it('report checks whose set-up fails on the learner’s code as not started, in a sentence', () => {
    const result = python.check('print(1)', 'library', 'from library.models import Nope\n@check("Never runs")\ndef never():\n    pass');
    expect(result.checks).toEqual([
      { title: 'The checks start', passed: false, broken: true, message: expect.stringMatching(/^The checks could not start on your code \(ImportError: cannot import name 'Nope'/) },
    ]);
  });

  it('run no check after learner code that raises, and report the learner’s own traceback', () => {
    const result = python.check('raise ValueError("mine")', 'library', exercise.checks);
    expect(result.checks).toEqual([]);
    expect(result.error).toContain('ValueError: mine');
  });
});
