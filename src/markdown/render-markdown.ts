import { markdownToHtml } from 'satteri';
import { satteriCreateHighlightFn, satteriHighlightPlugin } from '@astrojs/markdown-satteri';
import { shikiConfig } from './shiki-config';

let highlightPlugin: Promise<ReturnType<typeof satteriHighlightPlugin> | undefined> | undefined;

/** Markdown outside MDX files (quiz prompts, options, explanations), highlighted like lessons. */
export async function renderMarkdown(markdown: string): Promise<string> {
  highlightPlugin ??= satteriCreateHighlightFn('shiki', shikiConfig).then((highlight) => (highlight ? satteriHighlightPlugin(highlight, undefined) : undefined));
  const plugin = await highlightPlugin;
  const { html } = await markdownToHtml(markdown, { hastPlugins: plugin ? [plugin] : [], features: { gfm: true, smartPunctuation: true } });
  return html.trim();
}

/** Inline Markdown, e.g. an option's text: the same, without the wrapping paragraph. */
export async function renderInlineMarkdown(markdown: string): Promise<string> {
  const html = await renderMarkdown(markdown);
  const single = html.match(/^<p>([\s\S]*)<\/p>$/);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}
