import { transformerMetaHighlight, transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import { codeFrame } from './code-frame';
import { darkTheme, lightTheme } from './themes';

/** Highlighting for lessons and quizzes alike, so code looks the same everywhere. */
export const shikiConfig = {
  themes: { light: lightTheme, dark: darkTheme },
  // Colours follow the CSS `color-scheme`, so the page theme switches code blocks too.
  defaultColor: 'light-dark()',
  langAlias: { django: 'jinja', 'html+django': 'jinja', env: 'dotenv', tree: 'text', 'shell-session': 'console' },
  transformers: [transformerMetaHighlight(), transformerNotationHighlight(), transformerNotationDiff(), codeFrame()],
};
