import GithubSlugger from 'github-slugger';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Element } from 'hast';

/**
 * Gives every h2-h4 an id and a permalink. The link sits after the heading, inside a wrapper,
 * so the heading's own text (and so the "On this page" list and its accessible name) stays clean.
 * Ids are set here, with the same slugger Astro uses, because Astro's own id pass runs after
 * user plugins and keeps ids that already exist.
 */
export const headingAnchors: HastPluginEntry = () => {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node, ctx) {
        const text = ctx.textContent(node).trim();
        const existing = node.properties?.id;
        const id = typeof existing === 'string' ? existing : slugger.slug(text);
        ctx.setProperty(node, 'id', id);
        const anchor: Element = {
          type: 'element',
          tagName: 'a',
          // Kept out of search excerpts: the link text only repeats the heading.
          properties: { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
          children: [
            { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Permalink to “${text}”` }] },
          ],
        };
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
          children: [anchor],
        });
      },
    },
  });
};
