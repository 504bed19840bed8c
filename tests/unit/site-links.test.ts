import { describe, expect, it } from 'vitest';
import { resolveReference, scanPage } from '../built/site-links';

describe('scanPage', () => {
  it('finds ids and every href and src', () => {
    const { ids, references } = scanPage('<h2 id="intro">x</h2><a href="/course/a/?q=1&amp;b=2#intro">a</a><script src="/course/_astro/x.js"></script>');
    expect([...ids]).toEqual(['intro']);
    expect(references).toEqual(['/course/a/?q=1&b=2#intro', '/course/_astro/x.js']);
  });
});

describe('resolveReference', () => {
  it('maps addresses under the base path to files, with their anchors', () => {
    expect(resolveReference('index.html', '/course/chapter-1/x/#models', '/course/')).toEqual({ file: 'chapter-1/x/index.html', anchor: 'models' });
    expect(resolveReference('chapter-1/x/index.html', '#lesson-title', '/')).toEqual({ file: 'chapter-1/x/index.html', anchor: 'lesson-title' });
    expect(resolveReference('chapter-1/x/index.html', '../y/', '/')).toEqual({ file: 'chapter-1/y/index.html', anchor: '' });
    expect(resolveReference('index.html', '/runtime/licenses/NOTICE.md', '/')).toEqual({ file: 'runtime/licenses/NOTICE.md', anchor: '' });
  });

  it('ignores other origins and data addresses', () => {
    expect(resolveReference('index.html', 'https://docs.djangoproject.com/en/5.2/', '/')).toBeNull();
    expect(resolveReference('index.html', 'data:image/svg+xml,x', '/')).toBeNull();
  });

  it('refuses an internal address that ignores the base path', () => {
    expect(() => resolveReference('index.html', '/chapter-1/', '/course/')).toThrow('outside the base path /course/');
  });
});
