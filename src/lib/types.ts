import type { lessonStatuses } from '../schemas/lesson';

/** "complete", or "outline" while the lesson is being written. */
export type LessonStatus = (typeof lessonStatuses)[number];
