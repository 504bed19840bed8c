import { gradeQuestion } from '../../lib/quiz/grading';
import { dueIn, dueQuestions, reviewStanding, scheduleAnswer, upcomingDays, type DueQuestion } from '../../lib/progress/schedule';
import { courseReviewOrder, reviewItemsLabel, type TrackedLesson } from '../../lib/progress/summary';
import type { AnswerKey } from '../../question-types/registry';
import { formatDate, lessonLabel, plural, storageNotices } from '../../lib/wording';
import type { Progress } from '../../lib/progress/types';
import { readEmbeddedJson } from '../embedded-json';
import { openProgressStore, storageNotes } from './local-progress';
import { dueSummary, link } from './next-steps';
import { moveOrderingItem, questionFieldset, readResponse, resetAnswer, setQuestionEnabled, showResult, hideResult } from '../quiz/quiz-question';

/** What ReviewSession.astro embeds: the lessons, the answer key of every question by id, and every exercise's title by id. */
export interface ReviewData {
  lessons: TrackedLesson[];
  keys: Record<string, AnswerKey>;
  exercises: Record<string, string>;
}

/**
 * <review-session>: the due questions one at a time, graded as in the lessons, each answer
 * rescheduling its question. A due exercise is solved in its lesson, not here: its card links there.
 */
class ReviewSession extends HTMLElement {
  #store = openProgressStore();
  #lessons: TrackedLesson[] = [];
  #keys: ReviewData['keys'] = {};
  #exercises: ReviewData['exercises'] = {};
  #queue: DueQuestion[] = [];
  #position = 0;
  #right = 0;
  #form!: HTMLFormElement;

  connectedCallback() {
    ({ lessons: this.#lessons, keys: this.#keys, exercises: this.#exercises } = readEmbeddedJson<ReviewData>(this));
    this.#form = this.querySelector('form')!;
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#check();
    });
    this.#form.addEventListener('click', (event) => {
      const announcement = moveOrderingItem(event.target);
      if (announcement) this.#part('announcer').textContent = announcement;
    });
    this.#button('next').addEventListener('click', () => this.#show(this.#position + 1, true));
    this.#button('again').addEventListener('click', () => this.#start(true));
    // After the first load, which is what finds saved progress unreadable.
    this.#start(false);
    this.#store.probe();
    const notes = storageNotes(this.#store, storageNotices.cannotSaveSchedule);
    const note = this.#part('note');
    note.textContent = notes.join(' ');
    note.hidden = notes.length === 0;
  }

  #part(name: string) {
    return this.querySelector<HTMLElement>(`[data-${name}]`)!;
  }

  #button(action: string) {
    return this.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
  }

  #start(moveFocus: boolean) {
    const progress = this.#store.load();
    this.#showUpcoming(progress);
    this.#queue = dueQuestions(progress.review, new Date(), courseReviewOrder(this.#lessons)).filter((due) => this.#keys[due.questionId] || this.#exercises[due.questionId]);
    this.#right = 0;
    this.#position = 0;
    for (const question of this.querySelectorAll<HTMLElement>('[data-review-question]')) question.hidden = true;
    this.#part('review-exercise').hidden = true;
    this.#part('review-again').hidden = true;
    if (this.#queue.length === 0) {
      this.#part('review-status').textContent = dueSummary(progress, this.#lessons, new Date()).text;
      this.#part('review-card').hidden = true;
      return;
    }
    this.#part('review-status').textContent = `${reviewItemsLabel(this.#queue.map((due) => due.questionId), this.#lessons)} due for review.`;
    this.#show(0, moveFocus);
  }

  #show(position: number, moveFocus: boolean) {
    const previous = this.#queue[this.#position];
    if (previous && this.#keys[previous.questionId]) this.#question(previous.questionId).hidden = true;
    this.#part('review-exercise').hidden = true;
    this.#position = position;
    const due = this.#queue[position];
    if (!due) return this.#finish();
    const lesson = this.#lessons.find((candidate) => candidate.id === due.item.lesson);
    const heading = this.#part('card-heading');
    this.#part('review-card').hidden = false;
    this.#part('outcome').textContent = '';
    const last = position + 1 === this.#queue.length;
    if (!this.#keys[due.questionId]) return this.#showExercise(due, lesson, last, moveFocus);
    const key = this.#keys[due.questionId]!;
    const fieldset = questionFieldset(this, key.id);
    hideResult(fieldset);
    resetAnswer(fieldset, key, false);
    setQuestionEnabled(fieldset, true);
    this.#question(due.questionId).hidden = false;
    heading.textContent = `Question ${position + 1} of ${this.#queue.length}`;
    this.#part('source').replaceChildren(...(lesson ? ['From ', link(lesson.href, lessonLabel(lesson)), `: ${reviewStanding(due.item)}.`] : []));
    this.#form.querySelector<HTMLButtonElement>('button[type="submit"]')!.hidden = false;
    this.#button('next').hidden = true;
    if (moveFocus) heading.focus();
  }

  /** An exercise is not answered here: the card links to it in its lesson, and Next moves on. */
  #showExercise(due: DueQuestion, lesson: TrackedLesson | undefined, last: boolean, moveFocus: boolean) {
    const heading = this.#part('card-heading');
    heading.textContent = `Exercise ${this.#position + 1} of ${this.#queue.length}`;
    this.#part('source').replaceChildren();
    const title = `Exercise: ${this.#exercises[due.questionId]}${lesson ? ` (${lessonLabel(lesson)})` : ''}`;
    this.#part('exercise-link').replaceChildren(link(`${lesson?.href ?? ''}#${due.questionId}`, title));
    // Box 1 means the last check failed; an exercise passed before comes back later for practice.
    this.#part('exercise-note').textContent = due.item.box === 1 ? 'You had not passed this exercise. Try it again in its lesson.' : 'Time to practise it again: solve it once more in its lesson.';
    this.#part('review-exercise').hidden = false;
    this.#form.querySelector<HTMLButtonElement>('button[type="submit"]')!.hidden = true;
    const next = this.#button('next');
    next.textContent = last ? 'Finish review' : 'Next question';
    next.hidden = false;
    if (moveFocus) heading.focus();
  }

  #question(id: string) {
    return this.querySelector<HTMLElement>(`[data-review-question="${CSS.escape(id)}"]`)!;
  }

  #check() {
    const due = this.#queue[this.#position];
    // An exercise's card has nothing to check (its form has no fields, but Enter could still submit it).
    if (!due || !this.#keys[due.questionId]) return;
    const key = this.#keys[due.questionId]!;
    const fieldset = questionFieldset(this, key.id);
    const result = gradeQuestion(key, readResponse(fieldset, key));
    showResult(fieldset, key, result, true);
    setQuestionEnabled(fieldset, false);
    if (result.correct) this.#right++;
    const now = new Date();
    let scheduled = due.item;
    const saved = this.#store.update((progress) => {
      scheduled = scheduleAnswer(progress.review[due.questionId], due.item.lesson, result.correct, now);
      return { ...progress, review: { ...progress.review, [due.questionId]: scheduled } };
    });
    const outcome = this.#part('outcome');
    const when = result.correct ? `It comes back ${dueIn(scheduled, now)}, on ${formatDate(new Date(scheduled.due))}.` : 'It stays due until you get it right.';
    outcome.textContent = `${result.correct ? 'Right.' : result.answered ? 'Not quite.' : 'Not answered.'} ${saved ? when : this.#store.blocked ? storageNotices[this.#store.blocked] : 'This browser did not let the course save the new schedule.'}`;
    this.#form.querySelector<HTMLButtonElement>('button[type="submit"]')!.hidden = true;
    const next = this.#button('next');
    next.textContent = this.#position + 1 < this.#queue.length ? 'Next question' : 'Finish review';
    next.hidden = false;
    outcome.focus();
  }

  /** What falls due on the next few days: a line each, with a bar as long as the day's share, for a glance. */
  #showUpcoming(progress: Progress) {
    const days = upcomingDays(progress.review, new Date(), courseReviewOrder(this.#lessons));
    const most = Math.max(...days.map((day) => day.ids.length));
    this.#part('upcoming-list').replaceChildren(
      ...days.map((day) => {
        const item = document.createElement('li');
        const when = day.days === 0 ? 'Later today' : day.days === 1 ? 'Tomorrow' : `In ${day.days} days`;
        const bar = document.createElement('span');
        bar.className = 'upcoming-bar';
        bar.setAttribute('aria-hidden', 'true');
        bar.style.inlineSize = `calc(min(100%, 16rem) * ${day.ids.length / most})`;
        item.append(`${when}, ${formatDate(day.date)}: ${reviewItemsLabel(day.ids, this.#lessons)}`, bar);
        return item;
      }),
    );
    this.#part('upcoming').hidden = days.length === 0;
  }

  #finish() {
    this.#showUpcoming(this.#store.load());
    this.#part('review-card').hidden = true;
    const questions = this.#queue.filter((due) => this.#keys[due.questionId]).length;
    const exercises = this.#queue.length - questions;
    const missed = questions - this.#right;
    const status = this.#part('review-status');
    const done = questions ? `Review done: ${this.#right} of ${questions} right.` : 'Review done.';
    const left = missed > 0 ? ` ${plural(missed, 'question')} ${missed === 1 ? 'is' : 'are'} still due.` : exercises ? '' : ' Nothing is left to review for now.';
    const toSolve = exercises ? ` ${plural(exercises, 'exercise')} ${exercises === 1 ? 'waits' : 'wait'} for you in ${exercises === 1 ? 'its lesson' : 'their lessons'}.` : '';
    status.textContent = `${done}${left}${toSolve}`;
    this.#part('review-again').hidden = missed === 0;
    status.setAttribute('tabindex', '-1');
    status.focus();
  }
}

customElements.define('review-session', ReviewSession);
