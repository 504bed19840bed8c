import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { courseModel } from '../course-model';
import { courseNav } from './helpers';

/**
 * The first chapter, and its first two sections with a true-or-false question of each one's quiz
 * (answers read from the quiz files). They have no exercises: reading one and taking its quiz completes it.
 */
const chapter = courseModel().chapters[0]!;
const label = (lesson: { section: string; title: string }) => `${lesson.section} ${lesson.title}`;
const sections = chapter.lessons.slice(0, 2).map((lesson) => {
  const questions = (load(readFileSync(`content${lesson.path.slice(0, -1)}.quiz.yaml`, 'utf8')) as { questions: { type: string; answer?: boolean }[] }).questions;
  const index = questions.findIndex((question) => question.type === 'true-false');
  return { path: `.${lesson.path}`, label: label(lesson), total: questions.length, trueFalse: { legend: `Question ${index + 1} of ${questions.length}`, answer: questions[index]!.answer! } };
});
const [first, second] = sections as [(typeof sections)[0], (typeof sections)[0]];
const third = chapter.lessons[2]!;
/** What the sidebar and home page say with the two sections complete. */
const twoComplete = `2 of ${chapter.lessons.length} complete`;

/** A lesson's exercises, read from its exercises file (none without one). */
const exercisesOf = (lesson: { path: string }) => {
  const file = `content${lesson.path.slice(0, -1)}.exercises.yaml`;
  return existsSync(file) ? (load(readFileSync(file, 'utf8')) as { exercises: { id: string; title: string }[] }).exercises : [];
};

const quiz = (page: Page) => page.getByRole('region', { name: 'Check your understanding' });
const readMark = (page: Page) => page.getByRole('checkbox', { name: 'I have read this section' });

/** Scrolls to the end of the lesson text, which marks it read. */
async function readToTheEnd(page: Page) {
  await readMark(page).scrollIntoViewIfNeeded();
  await expect(readMark(page)).toBeChecked();
}

/** Answers a section's true-or-false question, right or wrong, leaves the rest blank, and checks the quiz. */
async function answerTrueFalse(page: Page, section: (typeof sections)[0], right: boolean) {
  const group = quiz(page).getByRole('group', { name: section.trueFalse.legend });
  await group.getByRole('radio', { name: right === section.trueFalse.answer ? 'True' : 'False' }).check();
  await quiz(page).getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz(page).getByRole('status').first()).toContainText(`You got ${right ? 1 : 0} of ${section.total} right`);
}

const savedProgress = (page: Page) => page.evaluate(() => localStorage.getItem('enterprise-django:progress'));

/** A section's entry on the progress page: its link, its bar, and its facts (status, read, quiz, exercises) as a list. */
const progressEntry = (page: Page, section: { section: string; title: string }) =>
  page.getByRole('region', { name: chapter.heading }).getByRole('listitem').filter({ has: page.getByRole('link', { name: label(section), exact: true }) });
const facts = (page: Page, section: { section: string; title: string }) => progressEntry(page, section).getByRole('listitem');

test('reading and quizzing two sections shows in the sidebar, on the home page and on the progress page', async ({ page }) => {
  await page.goto(first.path);
  await readToTheEnd(page);
  await answerTrueFalse(page, first, true);

  await page.goto(second.path);
  await readToTheEnd(page);
  // Marking by hand: untick, then tick again.
  await readMark(page).uncheck();
  await expect(page.getByText('Marked as not read.')).toBeAttached();
  await readMark(page).check();
  await answerTrueFalse(page, second, false);

  const nav = courseNav(page);
  await expect(nav.getByRole('link', { name: first.label })).toContainText(`(complete, quiz 1 of ${first.total})`);
  await expect(nav.getByRole('link', { name: second.label })).toContainText(`(complete, quiz 0 of ${second.total})`);
  await expect(nav.getByRole('group').first()).toContainText(twoComplete);

  await page.goto('./');
  const summary = page.getByRole('region', { name: 'Your progress' });
  await expect(summary).toContainText(`Next up: ${label(third)}.`);
  await expect(summary).toContainText('1 question is due for review.');
  await expect(page.getByRole('region', { name: chapter.heading })).toContainText(twoComplete);

  await page.goto('./progress/');
  const chapter1 = page.getByRole('region', { name: chapter.heading });
  await expect(chapter1).toContainText(`2 of ${chapter.lessons.length} sections complete (${Math.round((100 * 2) / chapter.lessons.length)}%).`);
  await expect(chapter1.getByRole('progressbar', { name: `2 of ${chapter.lessons.length} sections complete` })).toHaveAttribute('value', '2');
  await expect(facts(page, chapter.lessons[0]!)).toHaveText(['Complete', /^Read: yes, /, `Quiz: best 1 of ${first.total}`]);
  await expect(progressEntry(page, chapter.lessons[0]!).getByRole('progressbar')).toHaveAttribute('value', '2');
  const thirdExercises = exercisesOf(third).length;
  await expect(facts(page, third)).toHaveText(['Not started', 'Read: not yet', 'Quiz: not taken', ...(thirdExercises ? [`Exercises: 0 of ${thirdExercises} passed`] : [])]);
  await expect(page.getByRole('region', { name: 'Continue where you left off' })).toContainText('1 question is due for review. Review them now');
});

test('after "Retry missed questions" the quiz stays taken with its best score, in the lesson, the sidebar, the progress page and the home page', async ({ page }) => {
  const nav = courseNav(page);
  const retry = async (section: (typeof sections)[0], best: number) => {
    await page.goto(section.path);
    await readToTheEnd(page);
    await answerTrueFalse(page, section, best === 1);
    await quiz(page).getByRole('button', { name: 'Retry missed questions' }).click();
    await expect(quiz(page).getByText(`Your best score: ${best} of ${section.total}.`)).toBeVisible();
    await expect(nav.getByRole('link', { name: section.label })).toContainText(`(complete, quiz ${best} of ${section.total})`);
  };
  await retry(first, 1);
  // A best of 0 is a score too: the quiz was taken.
  await retry(second, 0);
  await expect(nav.getByRole('group').first()).toContainText(twoComplete);
  await page.reload();
  await expect(quiz(page).getByText(`Your best score: 0 of ${second.total}.`)).toBeVisible();
  await expect(nav.getByRole('link', { name: second.label })).toContainText(`(complete, quiz 0 of ${second.total})`);

  await page.goto('./progress/');
  await expect(page.getByRole('region', { name: chapter.heading })).toContainText(`2 of ${chapter.lessons.length} sections complete`);
  await expect(facts(page, chapter.lessons[0]!)).toHaveText(['Complete', /^Read: yes, /, `Quiz: best 1 of ${first.total}`]);
  await expect(facts(page, chapter.lessons[1]!)).toHaveText(['Complete', /^Read: yes, /, `Quiz: best 0 of ${second.total}`]);
  await page.goto('./');
  await expect(page.getByRole('region', { name: chapter.heading })).toContainText(twoComplete);
});

test("the home page's main button starts a newcomer at the beginning and continues a returning learner where they left off", async ({ page }) => {
  await page.goto('./');
  const hero = page.getByRole('region', { name: 'Enterprise Django' });
  await expect(hero.getByRole('link', { name: `Start with ${label(chapter.lessons[0]!)}` })).toBeVisible();

  await page.goto(second.path);
  await readToTheEnd(page);
  await page.goto('./');
  const main = hero.getByRole('link', { name: `Continue with ${second.label}` });
  await expect(main).toBeVisible();
  await expect(main).toHaveAttribute('href', new RegExp(`${second.path.slice(1).replace(/[?.]/g, '\\$&')}$`));
  await expect(hero.getByRole('link', { name: /^Start with/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Your progress' })).toContainText(`Continue with ${second.label}, where you left off.`);
});

test('a failed exercise comes back on the review page as a link to it in its lesson, and the progress page counts exercises', async ({ page }) => {
  // The first lesson with exercises, and its first exercise (read from its exercises file).
  const lesson = courseModel().lessons.find((candidate) => exercisesOf(candidate).length > 0)!;
  const exercises = exercisesOf(lesson);
  const exercise = exercises[0]!;
  const lessonId = lesson.path.slice(1, -1);
  const at = new Date(Date.now() - 60_000).toISOString();
  // What recordExerciseCheck saves after a failed check (its unit tests pin that shape).
  const saved = { version: 2, lessons: { [lessonId]: { exercises: { [exercise.id]: { draft: 'x = 1', passed: false, attempts: 1, at } } } }, review: { [exercise.id]: { lesson: lessonId, box: 1, due: at, at } } };
  await page.goto('./review/');
  await page.evaluate((value) => localStorage.setItem('enterprise-django:progress', value), JSON.stringify(saved));
  await page.reload();

  await expect(page.getByRole('status').filter({ hasText: 'due for review' })).toHaveText('1 exercise due for review.');
  const link = page.getByRole('link', { name: `Exercise: ${exercise.title} (${label(lesson)})` });
  await expect(link).toHaveAttribute('href', new RegExp(`${lesson.path}#${exercise.id}$`));
  await expect(page.getByText('You had not passed this exercise. Try it again in its lesson.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeHidden();
  await page.getByRole('button', { name: 'Finish review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Review done' })).toHaveText('Review done. 1 exercise waits for you in its lesson.');

  await page.goto('./progress/');
  const total = courseModel().lessons.reduce((sum, candidate) => sum + exercisesOf(candidate).length, 0);
  await expect(page.getByRole('progressbar', { name: `Exercises passed: 0 of ${total}` })).toHaveAttribute('value', '0');
  const entry = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: label(lesson), exact: true }) });
  await expect(entry.getByRole('listitem').last()).toHaveText(`Exercises: 0 of ${exercises.length} passed`);
  await expect(entry.getByRole('listitem').first()).toHaveText('In progress');
});

test('unticking a section keeps it unread when the reader scrolls through it again', async ({ page }) => {
  await page.goto(first.path);
  await readToTheEnd(page);
  await readMark(page).uncheck();
  await page.reload();
  await readMark(page).scrollIntoViewIfNeeded();
  await expect(readMark(page)).not.toBeChecked();
});

test('a missed question comes back for review; a right answer there schedules it days later', async ({ page }) => {
  const start = new Date('2026-11-20T10:00:00Z');
  await page.clock.setFixedTime(start);
  await page.goto(second.path);
  await answerTrueFalse(page, second, false);

  await page.goto('./review/');
  await expect(page.getByRole('status').filter({ hasText: 'due for review' })).toHaveText('1 question due for review.');
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
  await expect(page.getByText(`From ${second.label}: you missed it last time.`)).toBeVisible();
  const group = page.getByRole('group', { name: `Question from ${second.label}` });
  await group.getByRole('radio', { name: second.trueFalse.answer ? 'True' : 'False' }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(group).toContainText('Correct.');
  await expect(page.getByRole('status').filter({ hasText: 'comes back' })).toHaveText(/^Right\. It comes back in 2 days, on /);
  await expect(group.getByRole('link', { name: new RegExp(second.label.replace(/[?.]/g, '\\$&')) })).toBeVisible();
  await page.getByRole('button', { name: 'Finish review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Review done' })).toHaveText('Review done: 1 of 1 right. Nothing is left to review for now.');
  await expect(page.getByRole('region', { name: 'Coming up' }).getByRole('listitem')).toHaveText([/^In 2 days, .+: 1 question$/]);

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'due' })).toHaveText(/^Nothing is due for review now\. The next review is on /);

  await page.clock.setFixedTime(new Date(start.getTime() + 3 * 86_400_000));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'due for review' })).toHaveText('1 question due for review.');
  await expect(page.getByText(`From ${second.label}: you have answered it right once.`)).toBeVisible();
  await group.getByRole('radio', { name: second.trueFalse.answer ? 'False' : 'True' }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'stays due' })).toHaveText('Not quite. It stays due until you get it right.');
  await page.getByRole('button', { name: 'Finish review' }).click();
  await expect(page.getByRole('button', { name: 'Review the missed questions again' })).toBeVisible();
});

test('export, reset and import bring everything back', async ({ page }, testInfo) => {
  await page.goto(first.path);
  await readToTheEnd(page);
  await answerTrueFalse(page, first, false);
  const before = JSON.parse((await savedProgress(page))!);

  await page.goto('./progress/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'enterprise-django-progress', ...before });

  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await dialog.getByRole('button', { name: 'Reset all progress' }).click();
  await expect(page.getByText('All progress was removed from this browser.')).toBeVisible();
  await expect(facts(page, chapter.lessons[0]!)).toHaveText(['Not started', 'Read: not yet', 'Quiz: not taken']);
  expect(await savedProgress(page)).toBeNull();

  await page.getByLabel('Import a progress file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'Check what this import will change' })).toBeFocused();
  await expect(page.getByRole('listitem').filter({ hasText: 'Marks 1 section as read' })).toHaveText(`Marks 1 section as read: ${first.label}.`);
  await expect(page.getByRole('listitem').filter({ hasText: 'review schedule' })).toHaveText('Adds 1 question to your review schedule.');
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByText('Imported: your progress now includes the file.')).toBeVisible();
  await expect(facts(page, chapter.lessons[0]!)).toHaveText(['Complete', /^Read: yes, /, `Quiz: best 0 of ${first.total}`]);
  expect(JSON.parse((await savedProgress(page))!)).toEqual(before);

  // Importing the same file again has nothing new to bring.
  await page.getByLabel('Import a progress file').setInputFiles(file);
  await expect(page.getByText('has nothing newer than the progress saved here')).toBeVisible();
});

test('reset asks first, and keeping progress changes nothing', async ({ page }) => {
  await page.goto(first.path);
  await readToTheEnd(page);
  const before = await savedProgress(page);
  await page.goto('./progress/');
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Keep my progress' }).click();
  await expect(page.getByText('Nothing was reset.')).toBeVisible();
  expect(await savedProgress(page)).toBe(before);
});

test('a file that does not validate is refused, and saved progress stays as it was', async ({ page }) => {
  await page.goto(first.path);
  await readToTheEnd(page);
  const before = await savedProgress(page);
  await page.goto('./progress/');
  const broken = { format: 'enterprise-django-progress', version: 2, lessons: {}, review: { q1: { lesson: 'chapter-1/what-is-enterprise-django', box: 9, due: '2026-11-20T10:00:00.000Z', at: '2026-11-20T10:00:00.000Z' } } };
  await page.getByLabel('Import a progress file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(page.getByRole('alert')).toHaveText("broken.json was not imported, and your progress is unchanged. The file's review.q1.box must be a box number from 1 to 5.");
  await expect(page.getByRole('heading', { name: 'Check what this import will change' })).toBeHidden();
  expect(await savedProgress(page)).toBe(before);
  await expect(facts(page, chapter.lessons[0]!).nth(1)).toHaveText(/^Read: yes, /);
});

test('progress damaged by hand is kept aside, and the progress and review pages say so', async ({ page }) => {
  await page.goto('./review/');
  for (const path of ['./review/', './progress/']) {
    await page.evaluate(() => localStorage.setItem('enterprise-django:progress', '{"version":2,"lessons":'));
    await page.goto(path);
    await expect(page.getByRole('note')).toHaveText('Your saved progress could not be read, so it starts afresh. The unreadable copy was kept aside in this browser.');
  }
  // One copy, however many pages found it.
  const keptAside = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('enterprise-django:progress:unreadable:')).map((key) => localStorage.getItem(key)));
  expect(keptAside).toEqual(['{"version":2,"lessons":']);
});

test('progress saved by the earlier per-quiz format is carried over', async ({ page }) => {
  await page.goto(first.path);
  const hash = await page.locator('course-quiz').getAttribute('data-quiz-hash');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    ['enterprise-django:quiz:chapter-1/what-is-enterprise-django', JSON.stringify({ version: 1, hash, responses: {}, checked: true, best: 3 })],
  );
  await page.reload();
  await expect(quiz(page).getByText(`Your best score: 3 of ${first.total}.`)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('enterprise-django:quiz:chapter-1/what-is-enterprise-django'))).toBeNull();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations on the progress and review pages, ${colorScheme} theme`, async ({ page }) => {
    // Four full axe runs, one on the review page, which holds every question of the course: close to a minute on a busy machine.
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    await page.goto(second.path);
    await readToTheEnd(page);
    await answerTrueFalse(page, second, false);
    await page.goto('./progress/');
    await expect(facts(page, chapter.lessons[1]!).first()).toHaveText('Complete');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.keyboard.press('Escape');

    await page.goto('./review/');
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'stays due' })).toBeVisible();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
