import type { Heading } from '../toc';
import { compactForm } from './terms';

/** What the topics index needs to know about a lesson. */
export interface TopicSource {
  section: string;
  title: string;
  path: string;
  keywords: string[];
  headings: Heading[];
}

/** Where a topic is taught: a lesson, and the headings in it that name the topic. */
export interface TopicLocation {
  section: string;
  title: string;
  path: string;
  headings: { slug: string; text: string }[];
}

/** One term of the A-Z index. */
export interface Topic {
  term: string;
  locations: TopicLocation[];
}

/** A letter of the A-Z index and its topics. */
export interface TopicGroup {
  letter: string;
  topics: Topic[];
}

/** The letter a term is filed under: its first letter, ignoring leading punctuation (`.gitignore`). */
function letterOf(term: string): string {
  const first = term.match(/[\p{L}\p{N}]/u)?.[0]?.toUpperCase() ?? '#';
  return /\p{N}/u.test(first) ? '#' : first;
}

/**
 * Builds the A-Z topics index from the keywords lessons declare: each term once (however it is
 * capitalised), with the lessons that declare it and their headings that mention it.
 */
export function buildTopicsIndex(lessons: TopicSource[]): TopicGroup[] {
  const byKey = new Map<string, Topic>();
  for (const lesson of lessons) {
    for (const keyword of lesson.keywords) {
      const key = compactForm(keyword);
      if (!key) continue;
      const topic = byKey.get(key) ?? { term: keyword, locations: [] };
      byKey.set(key, topic);
      if (topic.locations.some((location) => location.path === lesson.path)) continue;
      const headings = lesson.headings
        .filter((heading) => heading.depth >= 2 && heading.depth <= 3 && compactForm(heading.text).includes(key))
        .map(({ slug, text }) => ({ slug, text }));
      topic.locations.push({ section: lesson.section, title: lesson.title, path: lesson.path, headings });
    }
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const topics = [...byKey.values()].sort((a, b) => collator.compare(a.term.replace(/^[^\p{L}\p{N}]+/u, ''), b.term.replace(/^[^\p{L}\p{N}]+/u, '')));
  const groups = new Map<string, Topic[]>();
  for (const topic of topics) {
    const letter = letterOf(topic.term);
    groups.set(letter, [...(groups.get(letter) ?? []), topic]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b))).map(([letter, grouped]) => ({ letter, topics: grouped }));
}
