import { expect, test, type Page } from '@playwright/test';
import { chromiumPath } from '../chromium.ts';
import { courseModel, quizQuestionCount } from '../course-model';
import { PROGRESS_KEY, UNREADABLE_PROGRESS_KEY } from '../../src/lib/storage-keys';
import { storageNotices } from '../../src/lib/wording';

/**
 * Learner progress is never lost: two tabs, a page back from the back/forward cache, an import
 * from an older quiz version or of values that cannot be true, a full or failing storage.
 */

// Playwright turns off the back/forward cache by default; one test here needs it.
test.use({ launchOptions: { ...(chromiumPath && { executablePath: chromiumPath }), args: ['--disable-gpu'], ignoreDefaultArgs: ['--disable-back-forward-cache'] } });

// The fixture quiz (TEST_FIXTURES=1 builds): its first question is single choice (Django is
// right), its third true or false (True is right).
const FIXTURE = './test-fixtures/every-question-type/';
const FIXTURE_LESSON = 'test-fixtures/every-question-type';
const COUNT = quizQuestionCount('tests/fixtures/every-question-type.quiz.yaml');
const lesson = courseModel().chapters[0]!.lessons[0]!;
const lessonId = lesson.path.slice(1, -1);
const lessonLabel = `${lesson.section} ${lesson.title}`;

const question = (page: Page, number: number) => page.getByRole('group', { name: `Question ${number} of ${COUNT}` });
const score = (page: Page) => page.getByRole('status').filter({ hasText: /You got/ });
const saved = async (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
const savedQuiz = async (page: Page) => JSON.parse((await saved(page))!).lessons[FIXTURE_LESSON].quiz;
const setSaved = (page: Page, value: string) => page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [PROGRESS_KEY, value]);
/** The lesson's current quiz version, as the progress page (open in `page`) knows it. */
const quizHash = (page: Page) =>
  page.locator('course-progress > script[type="application/json"]').evaluate((script, id) => JSON.parse(script.textContent!).find((entry: { id: string }) => entry.id === id).quiz.hash as string, lessonId);

/** Answers the fixture's first and third questions right and checks: 2 right. */
async function checkTwoRight(page: Page) {
  await question(page, 1).getByRole('radio', { name: 'Django' }).check();
  await question(page, 3).getByRole('radio', { name: 'True' }).check();
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(score(page)).toContainText(`You got 2 of ${COUNT} right`);
}

test.describe('two tabs on the same quiz', () => {
  test('a tab left open follows what another tab saved, and its next save keeps the best score', async ({ context }) => {
    const stale = await context.newPage();
    await stale.goto(FIXTURE);
    const other = await context.newPage();
    await other.goto(FIXTURE);
    await checkTwoRight(other);

    // Without a reload, the stale tab shows the other's checked answers and best score.
    await expect(score(stale)).toContainText(`You got 2 of ${COUNT} right`);
    await expect(stale.getByText(`Your best score: 2 of ${COUNT}.`)).toBeVisible();
    await expect(question(stale, 1).getByRole('radio', { name: 'Django' })).toBeChecked();

    await stale.getByRole('button', { name: 'Start over' }).click();
    await question(stale, 4).getByLabel('Your answer').fill('nothing');
    expect(await savedQuiz(stale)).toMatchObject({ best: 2, checked: false });
    await other.reload();
    await expect(other.getByText(`Your best score: 2 of ${COUNT}.`)).toBeVisible();
  });

  test('a tab that missed the other tab\'s save still never lowers the best score', async ({ context }) => {
    const stale = await context.newPage();
    // This tab hears nothing from the other, as a tab that was frozen might not.
    await stale.addInitScript(() => window.addEventListener('storage', (event) => event.stopImmediatePropagation()));
    await stale.goto(FIXTURE);
    const other = await context.newPage();
    await other.goto(FIXTURE);
    await checkTwoRight(other);

    await question(stale, 4).getByLabel('Your answer').fill('nothing');
    await stale.getByRole('button', { name: 'Check answers' }).click();
    await expect(score(stale)).toContainText(`You got 0 of ${COUNT} right`);
    await expect(stale.getByText(`Your best score: 2 of ${COUNT}.`)).toBeVisible();
    expect(await savedQuiz(stale)).toMatchObject({ best: 2, checked: true });
  });

  test('a page restored from the back/forward cache shows what was saved meanwhile', async ({ page }) => {
    await page.goto(FIXTURE);
    const fixtureHash = await page.locator('course-quiz').getAttribute('data-quiz-hash');
    await page.evaluate(() => window.addEventListener('pageshow', (event) => ((window as unknown as { restored: boolean }).restored = event.persisted)));
    await page.goto('./privacy/');
    // Saved while the fixture page sat in the cache: a checked quiz with a best score of 2.
    const at = new Date().toISOString();
    await setSaved(page, JSON.stringify({ version: 2, lessons: { [FIXTURE_LESSON]: { quiz: { hash: fixtureHash, responses: {}, checked: true, best: 2, at } } }, review: {} }));
    // A page restored from the cache fires no load event.
    await page.goBack({ waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { restored?: boolean }).restored), { message: 'the browser restored the page from its back/forward cache' }).toBe(true);
    await expect(page.getByText(`Your best score: 2 of ${COUNT}.`)).toBeVisible();
  });
});

test('importing a file from an older version of a quiz keeps the result for the current version', async ({ page }) => {
  await page.goto('./progress/');
  const total = lesson.quizQuestions;
  const before = '2026-11-20T10:00:00.000Z';
  const later = '2026-11-25T10:00:00.000Z';
  await setSaved(page, JSON.stringify({ version: 2, lessons: { [lessonId]: { quiz: { hash: await quizHash(page), responses: {}, checked: true, best: total, at: before } } }, review: {} }));
  await page.reload();
  // The section's facts on the progress page: status, read, quiz.
  const facts = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: lessonLabel, exact: true }) }).getByRole('listitem');
  await expect(facts.nth(2)).toHaveText(`Quiz: best ${total} of ${total}`);

  const file = { format: 'enterprise-django-progress', version: 2, lessons: { [lessonId]: { read: { done: true, at: later }, quiz: { hash: 'an-older-version', responses: {}, checked: true, best: 1, at: later } } }, review: {} };
  await page.getByLabel('Import a progress file').setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('heading', { name: 'Check what this import will change' })).toBeFocused();
  await expect(page.locator('[data-preview-list] li')).toHaveText([`Marks 1 section as read: ${lessonLabel}.`]);
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByText('Imported: your progress now includes the file.')).toBeVisible();
  await expect(facts).toHaveText(['Complete', /^Read: yes, /, `Quiz: best ${total} of ${total}`]);
});

test.describe('importing what cannot be true', () => {
  const importFile = async (page: Page, name: string, contents: string) => {
    await page.getByLabel('Import a progress file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  };
  const exported = (lessons: object, review: object = {}) => JSON.stringify({ format: 'enterprise-django-progress', version: 2, lessons, review });
  const at = '2026-11-20T10:00:00.000Z';

  test('question ids and sections the course does not have are left out, and the preview says how many', async ({ page }) => {
    await page.goto('./progress/');
    // As many as fit under the size limit.
    const unknown = Object.fromEntries(Array.from({ length: 6_000 }, (_, n) => [`planted-${n}`, { lesson: lessonId, box: 1, due: at, at }]));
    await importFile(page, 'planted.json', exported({ [lessonId]: { read: { done: true, at } }, 'chapter-99/nowhere': { read: { done: true, at } } }, unknown));
    await expect(page.locator('[data-preview-list] li')).toHaveText([`Marks 1 section as read: ${lessonLabel}.`, 'Leaves out 1 section and 6000 questions that this course does not have.']);
    await page.getByRole('button', { name: 'Apply import' }).click();
    await expect(page.getByText('Imported: your progress now includes the file.')).toBeVisible();
    expect(JSON.parse((await saved(page))!)).toEqual({ version: 2, lessons: { [lessonId]: { read: { done: true, at } } }, review: {} });
  });

  test('a best score above the number of questions, or a date in year 9999, refuses the file', async ({ page }) => {
    await page.goto('./progress/');
    const hash = await quizHash(page);
    const alert = page.getByRole('alert');
    const best = lesson.quizQuestions + 5;
    await importFile(page, 'best.json', exported({ [lessonId]: { quiz: { hash, responses: {}, checked: true, best, at } } }));
    await expect(alert).toHaveText(`best.json was not imported, and your progress is unchanged. The file's lessons.${lessonId}.quiz.best is ${best}, but that quiz has ${lesson.quizQuestions} questions.`);
    await importFile(page, 'future.json', exported({ [lessonId]: { read: { done: false, at: '9999-12-31T23:59:59.000Z' } } }));
    await expect(alert).toHaveText(
      `future.json was not imported, and your progress is unchanged. The file's lessons.${lessonId}.read.at is 9999-12-31T23:59:59.000Z, in the future: the browser that exported it may have its clock set wrong.`,
    );
    expect(await saved(page)).toBeNull();
  });

  test('a file too large to be progress is refused before it is read, with its size', async ({ page }) => {
    await page.goto('./progress/');
    await importFile(page, 'huge.json', exported({}).replace('{', `{"padding": "${'x'.repeat(1_500_000)}", `));
    await expect(page.getByRole('alert')).toHaveText("huge.json was not imported, and your progress is unchanged. The file is 1.5 MB, and an export of this course's progress is never more than 1.0 MB, so it was not read.");
  });
});

test.describe('storage that fails', () => {
  test('unreadable progress that cannot be set aside (storage full) is not written over, and the page says so', async ({ page }) => {
    // Full: no room for a new key, though replacing the progress entry would still fit.
    await page.addInitScript((progressKey) => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key !== progressKey) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    }, PROGRESS_KEY);
    await page.goto(FIXTURE);
    const damaged = '{"version":2,"lessons":';
    await setSaved(page, damaged);
    await page.reload();
    await checkTwoRight(page);
    expect(await saved(page)).toBe(damaged);
    const note = page.getByRole('note').filter({ hasText: 'could not be read' });
    await expect(note).toContainText(storageNotices.unreadableNotKept);
    await expect(note).not.toContainText('kept aside in this browser');
    await page.goto('./progress/');
    await expect(page.getByRole('note')).toContainText(storageNotices.unreadableNotKept);
  });

  test('every damaged version of progress is kept aside, not only the latest', async ({ page }) => {
    await page.goto(FIXTURE);
    for (const damaged of ['{"version":2,"lessons":', '{"version":2,"review":']) {
      await setSaved(page, damaged);
      await page.reload();
      await expect(page.getByRole('note')).toContainText(storageNotices.unreadableProgress);
    }
    const copies = await page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(`${prefix}:`)).map((key) => localStorage.getItem(key)), UNREADABLE_PROGRESS_KEY);
    expect(copies.sort()).toEqual(['{"version":2,"lessons":', '{"version":2,"review":']);
  });

  test('when reading progress fails for a moment, the next answer does not overwrite it', async ({ page }) => {
    await page.addInitScript((progressKey) => {
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key: string) {
        if (key === progressKey && (window as unknown as { failReads?: boolean }).failReads) throw new DOMException('Reading failed.', 'UnknownError');
        return getItem.call(this, key);
      };
    }, PROGRESS_KEY);
    await page.goto(FIXTURE);
    const before = JSON.stringify({ version: 2, lessons: { [lessonId]: { read: { done: true, at: '2026-11-20T10:00:00.000Z' } } }, review: {} });
    await setSaved(page, before);
    await page.reload();
    await page.evaluate(() => ((window as unknown as { failReads: boolean }).failReads = true));
    await checkTwoRight(page);
    await page.evaluate(() => ((window as unknown as { failReads: boolean }).failReads = false));
    expect(await saved(page)).toBe(before);
    await expect(page.getByRole('note')).toContainText(storageNotices.readFailed);

    // Once reading works again, answers are saved alongside what was there.
    await page.getByRole('button', { name: 'Start over' }).click();
    const progress = JSON.parse((await saved(page))!);
    expect(Object.keys(progress.lessons).sort()).toEqual([lessonId, FIXTURE_LESSON].sort());
    expect(progress.lessons[FIXTURE_LESSON].quiz).toMatchObject({ checked: false, best: 2 });
  });
});
