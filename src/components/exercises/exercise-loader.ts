import { PROGRESS_KEY } from '../../lib/storage-keys';

/**
 * Loads the exercises' code (./exercise-check.ts: the editor, Check, progress) only when it is
 * needed, so a lesson weighs little more than its exercise text: at once for a learner who has
 * worked on one of this page's exercises (their draft replaces the starter code), otherwise when
 * the learner shows intent by pointing at, touching or tabbing into the exercises.
 */
function savedProgress(): string {
  try {
    return localStorage.getItem(PROGRESS_KEY) ?? '';
  } catch {
    return '';
  }
}

const section = document.querySelector<HTMLElement>('[data-exercises]');
if (section) {
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    void import('./exercise-check');
  };
  const saved = savedProgress();
  const ids = [...section.querySelectorAll<HTMLElement>('exercise-check')].map((element) => element.dataset.exercise);
  if (ids.some((id) => saved.includes(`"${id}"`))) load();
  else for (const event of ['pointerover', 'touchstart', 'focusin']) section.addEventListener(event, load, { once: true, passive: true });
}
