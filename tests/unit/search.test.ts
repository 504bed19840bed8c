import { describe, expect, it } from 'vitest';
import { compactForm, isMeaningfulMatch, keywordIndexText, rankResults, searchQueries, spacedForm, type SearchHit } from '../../src/lib/search/terms';
import { buildTopicsIndex } from '../../src/lib/search/topics';

describe('search terms', () => {
  it.each([
    ['select_related', 'selectrelated'],
    ['select_related()', 'selectrelated'],
    ['Meta.indexes', 'metaindexes'],
    ['N+1', 'n1'],
    ['DJANGO_SETTINGS_MODULE', 'djangosettingsmodule'],
    ['proxy model', 'proxymodel'],
    ['check --deploy', 'checkdeploy'],
  ])('compacts %s to %s', (term, compact) => {
    expect(compactForm(term)).toBe(compact);
  });

  it('splits names into words, including camel case', () => {
    expect(spacedForm('UniqueConstraint')).toBe('unique constraint');
    expect(spacedForm('Meta.indexes')).toBe('meta indexes');
    expect(spacedForm('full_clean()')).toBe('full clean');
  });

  it('drops single letters, which Pagefind would match as prefixes of unrelated words', () => {
    expect(spacedForm('X_FRAME_OPTIONS')).toBe('frame options');
    expect(spacedForm('Q objects')).toBe('objects');
  });

  it('tells real matches from short-prefix noise', () => {
    expect(isMeaningfulMatch('2 <mark>x</mark> Laptop stand', 'xylophone')).toBe(false);
    expect(isMeaningfulMatch("WHERE name = <mark>'x'</mark>", 'xylophone')).toBe(false);
    expect(isMeaningfulMatch('the <mark>N</mark>+<mark>1</mark> problem', 'N+1')).toBe(true);
    expect(isMeaningfulMatch('use <mark>select</mark>_related', 'select_related')).toBe(true);
    expect(isMeaningfulMatch('no marks at all', 'csrf')).toBe(false);
  });

  it('indexes each keyword compact and spaced, without repeats', () => {
    expect(keywordIndexText(['select_related', 'CSRF', 'csrf', 'N+1'])).toBe('selectrelated select related csrf n1');
  });

  it('searches the compact form first, then the query as typed', () => {
    expect(searchQueries(' Meta.indexes ')).toEqual(['metaindexes', 'Meta.indexes']);
    expect(searchQueries('virtual environment')).toEqual(['virtualenvironment', 'virtual environment']);
    expect(searchQueries('csrf')).toEqual(['csrf']);
    expect(searchQueries('   ')).toEqual([]);
  });

});

describe('rankResults', () => {
  const keywords = (url: string, summary: string): SearchHit => ({ url: `${url}#lesson-title`, excerpt: '<mark>selectrelated</mark> select related', meta: { kind: 'keywords', title: url, summary }, sub_results: [] });
  const page = (url: string, excerpt: string): SearchHit => ({ url, excerpt, meta: { title: url }, sub_results: [{ title: 'h', url: `${url}#h`, excerpt }] });

  it('puts lessons whose keywords match first, shown with the page excerpt when the page matched', () => {
    const ranked = rankResults([[keywords('/performance/', 'Make queries fast.')], [page('/conclusion/', 'use <mark>select</mark>_related'), page('/performance/', 'the <mark>select</mark>_related join')]], 'select_related');
    expect(ranked.map((hit) => [hit.url, hit.excerpt])).toEqual([
      ['/performance/', 'the <mark>select</mark>_related join'],
      ['/conclusion/', 'use <mark>select</mark>_related'],
    ]);
  });

  it('shows the summary, escaped, for a lesson found only through its keywords', () => {
    const [hit] = rankResults([[keywords('/performance/', 'Queries <fast> & lean.')], []], 'selectrelated');
    expect(hit).toMatchObject({ url: '/performance/', excerpt: 'Queries &lt;fast&gt; &amp; lean.', sub_results: [] });
  });

  it('drops pages and keyword records matched only by short-prefix noise', () => {
    expect(rankResults([[page('/designing/', '2 <mark>x</mark> Laptop stand')]], 'xylophone')).toEqual([]);
    const noisyKeywords: SearchHit = { url: '/security/#lesson-title', excerpt: 'csrf <mark>x</mark> frame', meta: { kind: 'keywords' }, sub_results: [] };
    expect(rankResults([[noisyKeywords], []], 'xylophone quasar')).toEqual([]);
  });
});

describe('buildTopicsIndex', () => {
  const lessons = [
    {
      section: '2.6',
      title: 'Performance',
      path: '/chapter-2/performance/',
      keywords: ['select_related', 'N+1', 'Meta.indexes'],
      headings: [
        { depth: 2, slug: 'the-n1-problem', text: 'The N+1 problem' },
        { depth: 3, slug: 'select_related-joins', text: 'select_related joins' },
      ],
    },
    { section: '1.3', title: 'Key concepts', path: '/chapter-1/key-concepts/', keywords: ['Select_Related', '.gitignore'], headings: [] },
  ];

  it('files terms A-Z under their first letter, digits and symbols first', () => {
    const groups = buildTopicsIndex(lessons);
    expect(groups.map((group) => group.letter)).toEqual(['G', 'M', 'N', 'S']);
    expect(groups.find((group) => group.letter === 'G')!.topics[0]!.term).toBe('.gitignore');
  });

  it('lists each term once with every lesson that declares it, and the headings that name it', () => {
    const select = buildTopicsIndex(lessons).find((group) => group.letter === 'S')!.topics;
    expect(select).toEqual([
      {
        term: 'select_related',
        locations: [
          { section: '2.6', title: 'Performance', path: '/chapter-2/performance/', headings: [{ slug: 'select_related-joins', text: 'select_related joins' }] },
          { section: '1.3', title: 'Key concepts', path: '/chapter-1/key-concepts/', headings: [] },
        ],
      },
    ]);
    const n1 = buildTopicsIndex(lessons).find((group) => group.letter === 'N')!.topics[0]!;
    expect(n1.locations[0]!.headings).toEqual([{ slug: 'the-n1-problem', text: 'The N+1 problem' }]);
  });
});
