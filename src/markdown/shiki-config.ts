import { transformerMetaHighlight, transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import { codeFrame } from './code-frame';
import { darkTheme, lightTheme } from './themes';
import type { ShikiTransformer } from 'shiki';
import type { Element } from 'hast';

/**
 * With `light-dark()` colours, shiki still writes each colour again as --shiki-light and
 * --shiki-dark variables, which nothing reads here: dropping them keeps lesson pages lighter.
 */
const withoutColourVariables = (node: Element) => {
  if (typeof node.properties.style === 'string') node.properties.style = node.properties.style.replace(/;?--shiki-(?:light|dark)(?:-bg)?:#[0-9a-fA-F]{3,8}/g, '');
};
const dropColourVariables: ShikiTransformer = {
  name: 'enterprise-django:drop-colour-variables',
  pre: withoutColourVariables,
  span: withoutColourVariables,
};

/** Highlighting for lessons and quizzes alike, so code looks the same everywhere. */
export const shikiConfig = {
  themes: { light: lightTheme, dark: darkTheme },
  // Colours follow the CSS `color-scheme`, so the page theme switches code blocks too.
  defaultColor: 'light-dark()',
  langAlias: { django: 'jinja', 'html+django': 'jinja', env: 'dotenv', tree: 'text', 'shell-session': 'console' },
  transformers: [transformerMetaHighlight(), transformerNotationHighlight(), transformerNotationDiff(), codeFrame(), dropColourVariables],
};
