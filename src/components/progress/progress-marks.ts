import { completion, lessonStanding, type LessonRef } from '../../lib/progress/summary';
import { onProgressChange, openProgressStore } from './local-progress';

/**
 * Shows the learner's progress on lesson links rendered with progressAttributes(): a tick when a
 * section is read, the best quiz score, exercises passed, and per group (a chapter) how many
 * sections are complete. The standing comes from lessonStanding, as on the progress page.
 */
function lessonRef(link: HTMLElement): LessonRef {
  const [hash, questions] = (link.dataset.progressQuiz ?? '').split(':');
  const exerciseIds = link.dataset.progressExercises?.split(' ');
  return { id: link.dataset.progressLesson!, ...(hash && { quiz: { hash, questions: Number(questions) } }), ...(exerciseIds && { exerciseIds }) };
}

/** A mark that shows symbols to the eye and reads as words to a screen reader. */
function setMark(mark: HTMLElement, visible: string, spoken: string) {
  mark.replaceChildren();
  mark.hidden = visible === '';
  if (mark.hidden) return;
  const shown = document.createElement('span');
  shown.setAttribute('aria-hidden', 'true');
  shown.textContent = visible;
  const said = document.createElement('span');
  said.className = 'sr-only';
  said.textContent = spoken;
  mark.append(shown, said);
}

function showProgress() {
  const progress = openProgressStore().load();
  for (const link of document.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
    const status = lessonStanding(progress, lessonRef(link));
    link.dataset.progressStatus = status.complete ? 'complete' : status.read ? 'read' : '';
    const score = status.best !== undefined ? `${status.best}/${status.total}` : '';
    // Shown once the learner has passed one: "0 of 2 exercises" on every lesson would be noise.
    const exercises = status.exercisesPassed ? `${status.exercisesPassed} of ${status.exercisesTotal} exercises` : '';
    const spoken = [status.complete ? 'complete' : status.read ? 'read' : '', status.best !== undefined ? `quiz ${status.best} of ${status.total}` : '', exercises].filter(Boolean);
    const shown = [status.read ? '✓' : '', score, status.exercisesPassed ? `${status.exercisesPassed}/${status.exercisesTotal} ex.` : ''].filter(Boolean);
    setMark(link.querySelector<HTMLElement>('[data-progress-mark]')!, shown.join(' '), spoken.length ? ` (${spoken.join(', ')})` : '');
  }
  for (const group of document.querySelectorAll<HTMLElement>('[data-progress-group]')) {
    const links = [...group.querySelectorAll<HTMLElement>('[data-progress-lesson]')];
    const { complete, total } = completion(progress, links.map(lessonRef));
    const text = complete > 0 ? `${complete} of ${total} complete` : '';
    setMark(group.querySelector<HTMLElement>('[data-progress-summary]')!, text, text ? ` (${text})` : '');
  }
}

showProgress();
onProgressChange(showProgress);
