import type { ShikiTransformer } from 'shiki';
import type { Element } from 'hast';

/** Reads `title="..."` (or `title='...'`) from a code fence's meta string. */
export function titleFromMeta(meta: string | undefined): string | undefined {
  const match = meta?.match(/title=(?:"([^"]*)"|'([^']*)')/);
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * Wraps every highlighted block in a <figure> with its file name as <figcaption>, so the title
 * belongs to the code for assistive technology. The copy button is added by a client script:
 * without JavaScript it could not work, so it is not rendered.
 */
export function codeFrame(): ShikiTransformer {
  return {
    name: 'enterprise-django:code-frame',
    root(root) {
      const pre = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'pre');
      if (!pre) return;
      const title = titleFromMeta(this.options.meta?.__raw);
      const language = String(pre.properties.dataLanguage ?? this.options.lang);
      pre.properties.tabindex = 0;
      if (title) pre.properties.ariaLabel = title;
      const children: Element[] = [];
      if (title) {
        children.push({ type: 'element', tagName: 'figcaption', properties: { className: ['code-title'] }, children: [{ type: 'text', value: title }] });
      }
      children.push(pre);
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['code-block'], dataLanguage: language },
        children,
      };
      root.children = [figure];
    },
  };
}
