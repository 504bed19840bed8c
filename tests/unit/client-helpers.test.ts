import { describe, expect, it } from 'vitest';
import { nextFocusInLoop } from '../../src/components/focus-loop';
import { currentHeadingIndex } from '../../src/lib/current-heading';
import { titleFromMeta } from '../../src/markdown/code-frame';
import { withBase } from '../../src/lib/urls';

describe('nextFocusInLoop', () => {
  const loop = ['button', 'first link', 'last link'];
  it('wraps from the last element to the first, and back', () => {
    expect(nextFocusInLoop(loop, 'last link', false)).toBe('button');
    expect(nextFocusInLoop(loop, 'button', true)).toBe('last link');
  });
  it('lets the browser move focus inside the loop', () => {
    expect(nextFocusInLoop(loop, 'button', false)).toBeNull();
    expect(nextFocusInLoop(loop, 'last link', true)).toBeNull();
  });
  it('brings escaped focus back to the start', () => {
    expect(nextFocusInLoop(loop, 'somewhere else', false)).toBe('button');
  });
});

describe('currentHeadingIndex', () => {
  it('picks the last heading above the reading line', () => {
    expect(currentHeadingIndex([-500, -20, 40, 900], 80)).toBe(2);
  });
  it('picks the first heading before any has been reached', () => {
    expect(currentHeadingIndex([300, 900], 80)).toBe(0);
  });
});

describe('titleFromMeta', () => {
  it('reads double- and single-quoted titles next to other meta', () => {
    expect(titleFromMeta('title="shop/models.py" {3-4}')).toBe('shop/models.py');
    expect(titleFromMeta("{1} title='settings/base.py'")).toBe('settings/base.py');
  });
  it('is undefined without a title', () => {
    expect(titleFromMeta('{1}')).toBeUndefined();
    expect(titleFromMeta(undefined)).toBeUndefined();
  });
});

describe('withBase', () => {
  it('prefixes the base path once', () => {
    expect(withBase('/chapter-1/', '/course/')).toBe('/course/chapter-1/');
    expect(withBase('/chapter-1/', '/')).toBe('/chapter-1/');
    expect(withBase('chapter-1/', '/course')).toBe('/course/chapter-1/');
  });
});
