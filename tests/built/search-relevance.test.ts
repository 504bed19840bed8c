import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_END, CODE_LINE } from '../../src/lib/search/excerpt';
import { searchCourse, VOCABULARY_FILE, type SearchEngine, type SearchOutcome } from '../../src/lib/search/run';
import { loadBuiltSearch, readIndexedText } from './pagefind-node';

/**
 * The search relevance set: what a learner types, and the lesson that must come first. It runs
 * the built site's own Pagefind index (dist/pagefind/, as `npm test` builds it) through the same
 * search and ranking code as the search dialog (src/lib/search/run.ts), in Node.
 *
 * Each expected lesson was chosen by reading the lessons: the one that teaches the name or idea,
 * not merely the one that mentions it most. Identifiers include names that share a fragment with
 * commoner names (`db_table` and `django.db`, `to_attr` and `to`), which must not win on the fragment.
 */
const RELEVANCE_SET: { query: string; first: string }[] = [
  // Django names, as a learner would paste them.
  { query: 'get_or_create', first: '2.5 Handling data integrity' },
  { query: 'bulk_update', first: '2.6 Performance considerations' },
  { query: 'unique_together', first: '2.5 Handling data integrity' },
  { query: 'to_attr', first: '2.6 Performance considerations' },
  { query: 'Manager.from_queryset', first: '2.3 Advanced model features' },
  { query: 'from_queryset', first: '2.3 Advanced model features' },
  { query: 'select_related', first: '2.6 Performance considerations' },
  { query: 'prefetch_related', first: '2.6 Performance considerations' },
  { query: 'UniqueConstraint', first: '2.5 Handling data integrity' },
  { query: 'full_clean()', first: '2.4 Model validation' },
  { query: 'pre_save', first: '2.5 Handling data integrity' },
  { query: 'DJANGO_SETTINGS_MODULE', first: '1.5 Project structure and best practices' },
  { query: 'Meta.indexes', first: '2.6 Performance considerations' },
  { query: 'N+1', first: '2.6 Performance considerations' },
  { query: 'CSRF', first: '1.2 Why Django for the enterprise' },
  { query: 'db_table', first: '2.3 Advanced model features' },
  { query: 'db_default', first: '2.2 Designing effective models' },
  { query: 'select_for_update', first: '2.5 Handling data integrity' },
  { query: 'transaction.on_commit', first: '2.5 Handling data integrity' },
  { query: 'refresh_from_db', first: '2.5 Handling data integrity' },
  { query: 'as_manager', first: '2.3 Advanced model features' },
  { query: '_base_manager', first: '2.3 Advanced model features' },
  { query: 'parent_link', first: '2.3 Advanced model features' },
  { query: 'clean_fields', first: '2.4 Model validation' },
  { query: 'NON_FIELD_ERRORS', first: '2.4 Model validation' },
  { query: 'MinValueValidator', first: '2.4 Model validation' },
  { query: 'deconstructible', first: '2.4 Model validation' },
  { query: 'TextChoices', first: '2.2 Designing effective models' },
  { query: 'on_delete', first: '2.2 Designing effective models' },
  { query: 'related_name', first: '2.2 Designing effective models' },
  { query: 'GeneratedField', first: '2.2 Designing effective models' },
  { query: 'CompositePrimaryKey', first: '2.2 Designing effective models' },
  { query: 'values_list', first: '2.1 Introduction to Django models' },
  { query: 'DoesNotExist', first: '2.1 Introduction to Django models' },
  { query: 'sqlmigrate', first: '2.1 Introduction to Django models' },
  { query: 'cached_property', first: '2.1 Introduction to Django models' },
  { query: 'captureOnCommitCallbacks', first: '1.3 Key concepts in enterprise Django development' },
  { query: 'PASSWORD_HASHERS', first: '1.3 Key concepts in enterprise Django development' },
  { query: 'AdminEmailHandler', first: '1.3 Key concepts in enterprise Django development' },
  { query: 'SECRET_KEY', first: '1.5 Project structure and best practices' },
  { query: 'ALLOWED_HOSTS', first: '1.5 Project structure and best practices' },
  { query: 'diffsettings', first: '1.5 Project structure and best practices' },
  { query: '--keepdb', first: '1.5 Project structure and best practices' },
  { query: 'X_FRAME_OPTIONS', first: '1.2 Why Django for the enterprise' },
  { query: 'mark_safe', first: '1.2 Why Django for the enterprise' },
  { query: 'inspectdb', first: '1.1 What is enterprise Django development?' },
  { query: 'RemoteUserMiddleware', first: '1.1 What is enterprise Django development?' },
  { query: 'startproject', first: '1.4 Setting up your development environment' },
  { query: 'pip-tools', first: '1.4 Setting up your development environment' },
  { query: 'cache_page', first: '2.6 Performance considerations' },
  { query: 'OuterRef', first: '2.6 Performance considerations' },
  { query: 'ATOMIC_REQUESTS', first: '2.5 Handling data integrity' },
  { query: 'Meta.permissions', first: '2.3 Advanced model features' },
  // Ideas, in a learner's words.
  { query: 'virtual environment', first: '1.4 Setting up your development environment' },
  { query: 'proxy model', first: '2.3 Advanced model features' },
  { query: 'multi-table inheritance', first: '2.3 Advanced model features' },
  { query: 'abstract base class', first: '2.3 Advanced model features' },
  { query: 'lazy', first: '2.1 Introduction to Django models' },
  { query: 'normalisation', first: '2.2 Designing effective models' },
  { query: 'lost update', first: '2.5 Handling data integrity' },
  { query: 'isolation level', first: '2.5 Handling data integrity' },
  { query: 'release cadence', first: '1.2 Why Django for the enterprise' },
  { query: 'settings package', first: '1.5 Project structure and best practices' },
  { query: 'secret scanning', first: '1.4 Setting up your development environment' },
  { query: 'login throttling', first: '1.3 Key concepts in enterprise Django development' },
  { query: 'clickjacking', first: '1.2 Why Django for the enterprise' },
  { query: 'connection pool', first: '2.6 Performance considerations' },
  { query: 'business logic', first: '2.3 Advanced model features' },
  // Misspellings: searched as the nearest spelling in the course.
  { query: 'prefech_related', first: '2.6 Performance considerations' },
  { query: 'selct_related', first: '2.6 Performance considerations' },
  { query: 'unique_togther', first: '2.5 Handling data integrity' },
  { query: 'get_or_creat', first: '2.5 Handling data integrity' },
  { query: 'virtual enviroment', first: '1.4 Setting up your development environment' },
  { query: 'DJANGO_SETING_MODULE', first: '1.5 Project structure and best practices' },
  { query: 'bulk_updte', first: '2.6 Performance considerations' },
  { query: 'clickjaking', first: '1.2 Why Django for the enterprise' },
  { query: 'normalization', first: '2.2 Designing effective models' },
  { query: 'full_clena', first: '2.4 Model validation' },
];

let engine: SearchEngine;
let vocabulary: string[];
const outcomes = new Map<string, SearchOutcome>();

beforeAll(async () => {
  engine = await loadBuiltSearch('dist', '/');
  vocabulary = JSON.parse(readFileSync(join('dist', VOCABULARY_FILE), 'utf8')) as string[];
  for (const { query } of RELEVANCE_SET) outcomes.set(query, (await searchCourse(engine, query, { limit: 8, vocabulary }))!);
}, 120_000);

describe('search relevance', () => {
  it('has at least 40 queries, each once', () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(40);
    expect(new Set(RELEVANCE_SET.map(({ query }) => query)).size).toBe(RELEVANCE_SET.length);
  });

  it.each(RELEVANCE_SET)('“$query” finds $first first', ({ query, first }) => {
    const { results } = outcomes.get(query)!;
    expect(results.map((result) => result.title).slice(0, 3)[0], `results: ${results.map((result) => result.title).join(' | ')}`).toBe(first);
  });
});

describe('search excerpts', () => {
  const everyResult = () => [...outcomes.values()].flatMap((outcome) => outcome.results);
  const text = (html: string) => html.replace(/<[^>]+>/g, '');

  it('never show the boundary marks of the index', () => {
    for (const result of everyResult()) {
      for (const excerpt of [result.excerpt, ...result.subResults.map((sub) => sub.excerpt ?? '')]) {
        expect(excerpt).not.toMatch(new RegExp(`[${BLOCK_END}${CODE_LINE}]`));
      }
    }
  });

  it('never repeat the result’s excerpt, or another heading’s, word for word', () => {
    for (const result of everyResult()) {
      const excerpts = [result.excerpt, ...result.subResults.flatMap((sub) => (sub.excerpt ? [sub.excerpt] : []))].map(text);
      expect(new Set(excerpts).size, result.title).toBe(excerpts.length);
    }
  });

  it('start at a sentence or a line of code, or say that they do not', () => {
    const unescape = (html: string) => text(html).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    // Each page's words without the boundary marks, each flagged when a sentence or a code line starts there.
    const pages = new Map(
      [...readIndexedText('dist')].map(([url, content]) => {
        const words: string[] = [];
        const starts: boolean[] = [];
        let boundary = true;
        for (const word of content.split(' ')) {
          if (word === BLOCK_END || word === CODE_LINE) {
            boundary = true;
            continue;
          }
          words.push(word);
          starts.push(boundary);
          boundary = /[.!?]["”’)\]]*$/u.test(word);
        }
        return [url, { text: ` ${words.join(' ')} `, words, starts }];
      }),
    );
    let cut = 0;
    let all = 0;
    for (const result of everyResult()) {
      const page = pages.get(result.url)!;
      for (const excerpt of [result.excerpt, ...result.subResults.flatMap((sub) => (sub.excerpt ? [sub.excerpt] : []))]) {
        all++;
        if (excerpt.startsWith('… ')) {
          cut++;
          continue;
        }
        // Where the excerpt's first words stand in the page: right after a sentence or a code boundary.
        const opening = unescape(excerpt).split(/\s+/).slice(0, 3).join(' ');
        const found: boolean[] = [];
        for (let at = page.text.indexOf(` ${opening} `); at !== -1; at = page.text.indexOf(` ${opening} `, at + 1)) {
          found.push(page.starts[page.text.slice(0, at).split(' ').length - 1]!);
        }
        expect(found.length, `${result.title}: ${excerpt}`).toBeGreaterThan(0);
        expect(found.some(Boolean), `${result.title}: ${excerpt}`).toBe(true);
      }
    }
    // Only a sentence too long to show from its start is cut.
    expect(cut / all, `${cut} of ${all} cut`).toBeLessThan(0.1);
  });

  it('keep a code block’s title apart from its first line', async () => {
    const { results } = (await searchCourse(engine, 'test_models.py', { limit: 8, vocabulary }))!;
    const shown = results.flatMap((result) => [result.excerpt, ...result.subResults.map((sub) => sub.excerpt ?? '')]).join('\n');
    expect(shown).toContain('test_models.py');
    expect(text(shown)).not.toMatch(/test_models\.py(from|import|class)/);
  });
});
