import { describeMerge, mergeProgress } from '../../lib/progress/merge';
import { completion, exerciseCompletion, lessonStanding, lessonSteps, type TrackedLesson } from '../../lib/progress/summary';
import { describeLeftOut } from '../../lib/progress/fit';
import { exportFileName, exportText, importSizeProblem, parseImport } from '../../lib/progress/transfer';
import type { Progress } from '../../lib/progress/types';
import { formatDate, lessonLabel, storageNotices } from '../../lib/wording';
import { readEmbeddedJson } from '../embedded-json';
import { onProgressChange, openProgressStore, storageNotes } from './local-progress';
import { showNextSteps } from './next-steps';

/** <course-progress>, the progress page: the learner's standing, continue and review links, export, import and reset. */
class CourseProgress extends HTMLElement {
  #store = openProgressStore();
  #lessons: TrackedLesson[] = [];
  /** An import checked and previewed, waiting for the learner to apply or cancel it. */
  #pendingImport: Progress | undefined;

  connectedCallback() {
    this.#lessons = readEmbeddedJson<TrackedLesson[]>(this);
    // Once, not on every render: a failed write later also clears canSave.
    this.#store.probe();
    this.#render();
    onProgressChange(() => this.#render());
    this.#button('export').addEventListener('click', () => this.#export());
    this.querySelector<HTMLInputElement>('#import-file')!.addEventListener('change', (event) => this.#readImport(event.target as HTMLInputElement));
    this.#button('apply-import').addEventListener('click', () => this.#applyImport());
    this.#button('cancel-import').addEventListener('click', () => this.#closePreview('Import cancelled: nothing changed.'));
    const dialog = this.querySelector('dialog')!;
    this.#button('reset').addEventListener('click', () => dialog.showModal());
    dialog.addEventListener('close', () => this.#reset(dialog.returnValue === 'reset'));
  }

  #button(action: string) {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }

  #part(name: string) {
    return this.querySelector<HTMLElement>(`[data-${name}]`)!;
  }

  #render() {
    const progress = this.#store.load();
    const note = this.#part('note');
    const notes = storageNotes(this.#store, storageNotices.cannotSaveProgress);
    note.textContent = notes.join(' ');
    note.hidden = notes.length === 0;

    showNextSteps(this, progress, this.#lessons);

    const course = completion(progress, this.#lessons);
    this.#part('course-sections').textContent = `Sections complete: ${course.complete} of ${course.total}`;
    this.querySelector<HTMLProgressElement>('[data-course-bar]')!.value = course.complete;
    const exercises = exerciseCompletion(progress, this.#lessons);
    if (exercises.total > 0) {
      this.#part('course-exercises').textContent = `Exercises passed: ${exercises.passed} of ${exercises.total}`;
      this.querySelector<HTMLProgressElement>('[data-course-exercise-bar]')!.value = exercises.passed;
    }

    for (const section of this.querySelectorAll<HTMLElement>('[data-chapter]')) {
      const lessons = this.#lessons.filter((lesson) => lesson.chapter === Number(section.dataset.chapter));
      const { complete, total } = completion(progress, lessons);
      section.querySelector('[data-chapter-summary]')!.textContent = `${complete} of ${total} sections complete (${Math.round((100 * complete) / total)}%).`;
      section.querySelector<HTMLProgressElement>('[data-chapter-bar]')!.value = complete;
      for (const lesson of lessons) this.#renderLesson(section.querySelector<HTMLElement>(`li[data-lesson="${CSS.escape(lesson.id)}"]`)!, progress, lesson);
    }
  }

  #renderLesson(item: HTMLElement, progress: Progress, lesson: TrackedLesson) {
    const status = lessonStanding(progress, lesson);
    const readAt = progress.lessons[lesson.id]?.read?.at;
    const fact = (name: string) => item.querySelector<HTMLElement>(`[data-fact="${name}"]`)!;
    fact('status').textContent = status.complete ? 'Complete' : status.lastActivity !== undefined ? 'In progress' : 'Not started';
    fact('read').textContent = `Read: ${status.read && readAt ? `yes, ${formatDate(new Date(readAt))}` : 'not yet'}`;
    fact('quiz').textContent = !lesson.quiz ? 'No quiz' : status.best !== undefined ? `Quiz: best ${status.best} of ${status.total}` : 'Quiz: not taken';
    const exercises = fact('exercises');
    exercises.hidden = status.exercisesTotal === undefined;
    exercises.textContent = status.exercisesTotal === undefined ? '' : `Exercises: ${status.exercisesPassed} of ${status.exercisesTotal} passed`;
    const steps = lessonSteps(status);
    const bar = item.querySelector('progress')!;
    bar.max = steps.total;
    bar.value = steps.done;
    item.dataset.status = status.complete ? 'complete' : '';
  }

  #export() {
    const now = new Date();
    const file = new Blob([exportText(this.#store.load(), now)], { type: 'application/json' });
    const anchor = document.createElement('a');
    anchor.href = URL.createObjectURL(file);
    anchor.download = exportFileName(now);
    anchor.click();
    // Some browsers read the file only after click() returns.
    setTimeout(() => URL.revokeObjectURL(anchor.href), 10_000);
    this.#part('transfer-status').textContent = `Exported your progress to ${anchor.download}.`;
  }

  async #readImport(input: HTMLInputElement) {
    const file = input.files?.[0];
    this.#closePreview('');
    if (!file) return;
    // Checked before reading: a huge file would hang the page.
    const tooLarge = importSizeProblem(file.size);
    const parsed = tooLarge ? { ok: false as const, reason: tooLarge } : parseImport(await file.text(), this.#lessons, new Date());
    input.value = '';
    const error = this.#part('import-error');
    if (!parsed.ok) {
      error.textContent = `${file.name} was not imported, and your progress is unchanged. ${parsed.reason}`;
      error.hidden = false;
      return;
    }
    error.hidden = true;
    const current = this.#store.load();
    const changes = describeMerge(current, mergeProgress(current, parsed.progress, this.#lessons), (id) => {
      const lesson = this.#lessons.find((candidate) => candidate.id === id);
      return lesson ? lessonLabel(lesson) : id;
    });
    const leftOut = describeLeftOut(parsed.leftOut);
    if (changes.length === 0) {
      this.#part('transfer-status').textContent = `${file.name} has nothing newer than the progress saved here, so nothing changed.${leftOut ? ` It also held ${leftOut}, left out.` : ''}`;
      return;
    }
    this.#pendingImport = parsed.progress;
    this.#part('preview-list').replaceChildren(
      ...[...changes, ...(leftOut ? [`Leaves out ${leftOut}.`] : [])].map((change) => {
        const item = document.createElement('li');
        item.textContent = change;
        return item;
      }),
    );
    this.#part('import-preview').hidden = false;
    this.#part('preview-heading').focus();
  }

  #applyImport() {
    const incoming = this.#pendingImport;
    if (!incoming) return;
    const saved = this.#store.update((current) => mergeProgress(current, incoming, this.#lessons));
    this.#closePreview(saved ? 'Imported: your progress now includes the file.' : `The import was not saved, so nothing changed. ${storageNotes(this.#store, storageNotices.cannotSaveProgress).join(' ')}`);
  }

  #closePreview(message: string) {
    this.#pendingImport = undefined;
    this.#part('import-preview').hidden = true;
    this.#part('transfer-status').textContent = message;
    if (message) this.querySelector<HTMLInputElement>('#import-file')!.focus();
  }

  #reset(confirmed: boolean) {
    const status = this.#part('reset-status');
    if (!confirmed) {
      status.textContent = 'Nothing was reset.';
      return;
    }
    status.textContent = this.#store.reset() ? 'All progress was removed from this browser.' : 'This browser did not let the course change its storage.';
    this.#render();
  }
}

customElements.define('course-progress', CourseProgress);
