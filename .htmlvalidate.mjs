// html-validate's recommended rules. Code highlighting colours each token with an inline style by
// design (see src/markdown/shiki-config.ts), so that one rule is off.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off',
  },
};
