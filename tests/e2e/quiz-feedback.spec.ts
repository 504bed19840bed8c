import { expect, test } from '@playwright/test';
import { quizQuestionCount } from '../course-model';

const FIXTURE = './test-fixtures/every-question-type/';
const COUNT = quizQuestionCount('tests/fixtures/every-question-type.quiz.yaml');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`after checking, a wrong choice does not share the right answer's colour, ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(FIXTURE);
    const first = page.getByRole('group', { name: `Question 1 of ${COUNT}` });
    const background = (name: string) => first.locator('label').filter({ hasText: name }).evaluate((label) => getComputedStyle(label).backgroundColor);
    await first.getByRole('radio', { name: 'Flask' }).check();
    const selected = await background('Flask');
    await page.getByRole('button', { name: 'Check answers' }).click();
    await expect(first).toContainText('(your choice: wrong)');
    await expect(first).toContainText('(right answer)');
    const wrong = await background('Flask');
    expect(wrong).not.toBe(selected);
    expect(wrong).not.toBe(await background('Django'));
  });
}

test('after checking, the missed questions are listed as links beside the score', async ({ page }) => {
  await page.goto(FIXTURE);
  const question = (number: number) => page.getByRole('group', { name: `Question ${number} of ${COUNT}` });
  await question(1).getByRole('radio', { name: 'Django' }).check();
  await question(4).getByLabel('Your answer').fill('select_related');
  await page.getByRole('button', { name: 'Check answers' }).click();
  const missed = page.getByText(/^Missed: /);
  await expect(missed.getByRole('link')).toHaveText(Array.from({ length: COUNT }, (_, index) => `Question ${index + 1}`).filter((name) => name !== 'Question 1' && name !== 'Question 4'));
  await missed.getByRole('link', { name: 'Question 2' }).click();
  await expect(question(2)).toBeInViewport();
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(missed).toBeHidden();
});
