import type { TrackedLesson } from '../../lib/progress/summary';
import { readEmbeddedJson } from '../embedded-json';
import { onProgressChange, openProgressStore } from './local-progress';
import { showNextSteps } from './next-steps';

/** <home-progress>: where to continue and how many questions are due, kept up to date. */
class HomeProgress extends HTMLElement {
  connectedCallback() {
    const lessons = readEmbeddedJson<TrackedLesson[]>(this);
    const show = () => showNextSteps(this, openProgressStore().load(), lessons);
    show();
    onProgressChange(show);
  }
}
customElements.define('home-progress', HomeProgress);
