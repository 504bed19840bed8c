import { describe, expect, it } from 'vitest';
import { BLOCK_END, CODE_LINE, excerptAt, markBoundariesForIndex, withoutMarks } from '../../src/lib/search/excerpt';
import { isMeaningfulMatch, rankResults, verbatimPositions, type SearchHit } from '../../src/lib/search/rank';
import { searchCourse, type SearchEngine } from '../../src/lib/search/run';
import { buildVocabulary, editDistance, suggestSpelling } from '../../src/lib/search/spelling';
import { compactForm, keywordIndexText, searchQueries, spacedForm } from '../../src/lib/search/terms';
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
    const hit = (excerpt: string): SearchHit => ({ url: '/', excerpt, meta: {}, sub_results: [] });
    expect(isMeaningfulMatch(hit('2 <mark>x</mark> Laptop stand'), 'xylophone')).toBe(false);
    expect(isMeaningfulMatch(hit("WHERE name = <mark>'x'</mark>"), 'xylophone')).toBe(false);
    expect(isMeaningfulMatch(hit('the <mark>N</mark>+<mark>1</mark> problem'), 'N+1')).toBe(true);
    expect(isMeaningfulMatch(hit('use <mark>select</mark>_related'), 'select_related')).toBe(true);
    expect(isMeaningfulMatch(hit('no marks at all'), 'csrf')).toBe(false);
  });

  it('reads the matched words from the content when Pagefind gives their positions', () => {
    expect(isMeaningfulMatch({ url: '/', excerpt: 'no marks', content: 'n1 selectrelated select related', locations: [1], meta: {}, sub_results: [] }, 'selectrelated')).toBe(true);
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

describe('verbatimPositions', () => {
  const content = 'Use Meta.db_table to name it. from django.db import models db_default = 1 db_tables get_or_create() or get_or_create_later';

  it('finds a name as a whole word, also after a dot and before brackets or a plural s', () => {
    expect(verbatimPositions(content, 'db_table')).toEqual([1, 12]);
    expect(verbatimPositions(content, 'get_or_create')).toEqual([13]);
    expect(verbatimPositions(content, 'get_or_create()')).toEqual([13]);
    expect(verbatimPositions(content, 'DJANGO.DB')).toEqual([6]);
  });

  it('matches every word of a phrase, and nothing for a lone letter', () => {
    expect(verbatimPositions('a proxy model and proxy models', 'proxy model')).toEqual([1, 2, 4, 5]);
    expect(verbatimPositions('a b c', 'b')).toEqual([]);
  });
});

describe('excerptAt', () => {
  const words = (text: string) => text.split(' ');

  it('starts at the sentence that holds the match, with the match marked', () => {
    const content = 'One sentence here. The second one names get_or_create() in passing. Third.';
    const at = words(content).indexOf('get_or_create()');
    expect(excerptAt(content, [at], [at]).html).toBe('The second one names <mark>get_or_create()</mark> in passing. Third.');
  });

  it('keeps a code title, each code line and the prose after apart', () => {
    const content = `Tests live in a file: tests/test_models.py ${BLOCK_END} ${CODE_LINE} from datetime import date ${CODE_LINE} x = date.today() ${BLOCK_END} Then run them.`;
    const at = words(content).indexOf('datetime');
    const { html } = excerptAt(content, [at], [at]);
    expect(html).toBe('<code>from <mark>datetime</mark> import date</code> <code>x = date.today()</code> Then run them.');
    expect(excerptAt(content, [0], []).html).toBe('Tests live in a file: tests/test_models.py <code>from datetime import date</code> <code>x = date.today()</code> Then run them.');
  });

  it('escapes the text and says when text is left out', () => {
    const long = Array.from({ length: 60 }, (_, index) => `w${index}`).join(' ');
    const { html, from, to } = excerptAt(long, [30], [30]);
    expect(html.startsWith('… <mark>w30</mark> w31')).toBe(true);
    expect(html.endsWith('w53 …')).toBe(true);
    expect([from, to]).toEqual([30, 54]);
    expect(excerptAt('a <b> & c', [0], []).html).toBe('a &lt;b&gt; &amp; c');
  });

  it('prefers a match whose sentence starts close by', () => {
    const long = Array.from({ length: 30 }, (_, index) => `w${index}`).join(' ');
    const content = `${long} target. Short one with target here.`;
    const first = words(content).indexOf('target.');
    const second = words(content).lastIndexOf('target');
    expect(excerptAt(content, [first, second], [first, second]).html).toBe('Short one with <mark>target</mark> here.');
  });
});

describe('markBoundariesForIndex', () => {
  it('marks code titles, lines and block ends, and leaves hidden elements out of the index', () => {
    const html = '<figure><figcaption class="code-title">a.py</figcaption><pre><code><span class="line">x = 1</span></code></pre></figure><div class="toolbar" hidden><button>Run</button></div><div hidden>y</div>';
    expect(markBoundariesForIndex(html)).toBe(
      `<figure><figcaption class="code-title">a.py ${BLOCK_END} </figcaption><pre><code><span class="line"> ${CODE_LINE} x = 1</span></code> ${BLOCK_END} </pre></figure><div data-pagefind-ignore="all" class="toolbar" hidden><button>Run</button></div><div data-pagefind-ignore="all" hidden>y</div>`,
    );
    expect(withoutMarks(`a.py ${BLOCK_END} ${CODE_LINE} x = 1`)).toBe('a.py x = 1');
  });
});

describe('spelling', () => {
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('selct', 'select', 2)).toBe(1);
    expect(editDistance('fullclena', 'fullclean', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  const vocabulary = buildVocabulary(['select_related', 'prefetch_related', 'virtual environment', 'N+1'], ['Create a virtual environment', 'Normalisation: store each fact once']);

  it('builds the vocabulary from keywords and the words of titles and headings', () => {
    expect(vocabulary).toContain('select_related');
    expect(vocabulary).toContain('environment');
    expect(vocabulary).toContain('Normalisation');
    expect(vocabulary).not.toContain('a');
  });

  it('suggests the nearest name, or the nearest word for each unknown word', () => {
    expect(suggestSpelling('selct_related', vocabulary)).toBe('select_related');
    expect(suggestSpelling('prefech_related', vocabulary)).toBe('prefetch_related');
    expect(suggestSpelling('normalization', vocabulary)).toBe('Normalisation');
    expect(suggestSpelling('create a virtual enviroment', vocabulary)).toBe('create a virtual environment');
  });

  it('suggests nothing for a known or a far-off query', () => {
    expect(suggestSpelling('select_related', vocabulary)).toBeUndefined();
    expect(suggestSpelling('xylophone quasar', vocabulary)).toBeUndefined();
    expect(suggestSpelling('N+2', vocabulary)).toBeUndefined();
  });
});

describe('rankResults', () => {
  const record = (url: string, content: string, summary: string): SearchHit => ({ url: `${url}#lesson-title`, excerpt: content, content, locations: [0], meta: { kind: 'keywords', title: url, summary }, sub_results: [] });
  const page = (url: string, content: string, locations: number[]): SearchHit => ({ url, excerpt: '<mark>x</mark>', content, locations, meta: { title: url, section: '2.6' }, sub_results: [] });

  it('ranks lessons that declare the name, then lessons that use it verbatim, then fragments', () => {
    const found = [
      [record('/performance/', 'dbtable', 'Make queries fast.')],
      [page('/fragments/', 'from django.db import models and db_default.', [1, 4]), page('/uses/', 'Set Meta.db_table here.', [1]), page('/performance/', 'A db_table mention.', [1])],
    ];
    expect(rankResults(found, 'db_table').map((result) => result.url)).toEqual(['/performance/', '/uses/', '/fragments/']);
  });

  it('orders lessons in one tier by how often they use the name', () => {
    const found = [[page('/once/', 'to_attr once.', [0]), page('/twice/', 'to_attr and to_attr again.', [0, 2])]];
    expect(rankResults(found, 'to_attr').map((result) => result.url)).toEqual(['/twice/', '/once/']);
  });

  it('does not count a keyword that only starts with the query as declaring it', () => {
    const found = [[record('/settings/', 'csrftrustedorigins', '')], [page('/security/', 'CSRF explained.', [0]), page('/settings/', 'CSRF_TRUSTED_ORIGINS set.', [0])]];
    expect(rankResults(found, 'CSRF').map((result) => result.url)).toEqual(['/security/', '/settings/']);
  });

  it('marks verbatim uses in the excerpt, and titles a result with its section', () => {
    const [result] = rankResults([[page('/uses/', 'First. Set Meta.db_table here.', [2])]], 'db_table');
    expect(result).toMatchObject({ title: '2.6 /uses/', excerpt: 'Set <mark>Meta.db_table</mark> here.' });
  });

  it('shows the summary, escaped, for a lesson found only through its keywords', () => {
    const [hit] = rankResults([[record('/performance/', 'selectrelated', 'Queries <fast> & lean.')], []], 'selectrelated');
    expect(hit).toMatchObject({ url: '/performance/', excerpt: 'Queries &lt;fast&gt; &amp; lean.', subResults: [] });
  });

  it('gives a heading an excerpt of its own, never one the result already shows or the heading itself', () => {
    const content = 'Intro with to_attr here. Prefetch objects. More on to_attr below. Later to_attr again.';
    const hit: SearchHit = {
      ...page('/p/', content, [2, 9, 12]),
      sub_results: [
        { title: 'Title', url: '/p/#lesson-title', excerpt: '', locations: [2] },
        { title: 'Prefetch objects', url: '/p/#prefetch', excerpt: '', locations: [9, 12], anchor: { text: 'Prefetch objects', location: 4 } },
        { title: 'Intro', url: '/p/#intro', excerpt: '', locations: [2], anchor: { text: 'Intro', location: 0 } },
      ],
    };
    const [result] = rankResults([[hit]], 'to_attr');
    expect(result!.excerpt).toBe('Intro with <mark>to_attr</mark> here. Prefetch objects. More on <mark>to_attr</mark> below. Later <mark>to_attr</mark> again.');
    expect(result!.subResults).toEqual([
      { title: 'Prefetch objects', url: '/p/#prefetch' },
      { title: 'Intro', url: '/p/#intro' },
    ]);
  });

  it('drops pages and keyword records matched only by short-prefix noise', () => {
    const noisy = (url: string, kind?: string): SearchHit => ({ url, excerpt: '2 <mark>x</mark> Laptop stand', meta: kind ? { kind } : {}, sub_results: [] });
    expect(rankResults([[noisy('/designing/')]], 'xylophone')).toEqual([]);
    expect(rankResults([[noisy('/security/#lesson-title', 'keywords')], []], 'xylophone quasar')).toEqual([]);
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

describe('searchCourse', () => {
  /** A stand-in for Pagefind: each query's hits by page id, counting data() calls. */
  function fakeEngine(byQuery: Record<string, SearchHit[]>) {
    const loads: string[] = [];
    const engine: SearchEngine = {
      search: async (query) => ({
        results: (byQuery[query] ?? []).map((hit) => ({
          id: hit.url,
          data: async () => {
            loads.push(hit.url);
            return hit;
          },
        })),
      }),
    };
    return { engine, loads };
  }
  const record: SearchHit = { url: '/performance/#lesson-title', excerpt: '', content: 'selectrelated select related', locations: [0], meta: { kind: 'keywords', title: 'Performance', section: '2.6', summary: 'Fast.' }, sub_results: [] };
  const performance: SearchHit = { url: '/performance/', excerpt: '', content: 'Use select_related here.', locations: [1], meta: { title: 'Performance', section: '2.6' }, sub_results: [] };

  it('loads a page found by two of the searches once', async () => {
    const { engine, loads } = fakeEngine({ selectrelated: [record], select_related: [record, performance] });
    const outcome = await searchCourse(engine, 'select_related', { limit: 8, vocabulary: ['select_related'] });
    expect(loads).toEqual(['/performance/#lesson-title', '/performance/']);
    expect(outcome).toEqual({ results: [{ url: '/performance/', title: '2.6 Performance', excerpt: 'Use <mark>select_related</mark> here.', subResults: [] }] });
  });

  it('searches the nearest spelling when nothing matches verbatim, and says so', async () => {
    const { engine } = fakeEngine({ selectrelated: [record], select_related: [record, performance], selct_related: [] });
    const outcome = await searchCourse(engine, 'selct_related', { limit: 8, vocabulary: ['select_related'] });
    expect(outcome?.correctedTo).toBe('select_related');
    expect(outcome?.results.map((result) => result.url)).toEqual(['/performance/']);
  });

  it('stops before loading any data when the search is no longer wanted', async () => {
    const { engine, loads } = fakeEngine({ select_related: [performance] });
    expect(await searchCourse(engine, 'select_related', { limit: 8, stillWanted: () => false })).toBeUndefined();
    expect(loads).toEqual([]);
  });
});
