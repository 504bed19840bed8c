import { describe, expect, it } from 'vitest';
import { gradeQuestion, parseResponse } from '../../../src/lib/quiz/grading';
import { definition } from '../../../src/question-types/short/definition';
import { normaliseShortAnswer, type Key } from '../../../src/question-types/short/grading';
import { context, shared } from './support';

const key: Key = { id: 'a', type: 'short', accept: ['select_related', 'QuerySet.select_related()'] };

describe('short answer: definition', () => {
  it('keys the accepted answers', () => {
    expect(definition.answerKey({ ...shared, id: 'a', type: 'short', accept: key.accept })).toEqual(key);
  });
  it('shows the first accepted answer, as code when it has no spaces, and the others as also accepted', async () => {
    const view = await definition.view({ ...shared, id: 'a', type: 'short', accept: ['select_related', 'select_related()'] }, context());
    expect(view).toEqual({ answerHtml: '<code>select_related</code>', alsoAccepted: ['select_related()'] });
    expect((await definition.view({ ...shared, id: 'b', type: 'short', accept: ['a <b> c'] }, context())).answerHtml).toBe('a &lt;b&gt; c');
  });
  it('needs at least one accepted answer', () => {
    expect(definition.schema.safeParse({ ...shared, id: 'a', type: 'short', accept: [] }).error!.issues[0]!.message).toBe('`accept` needs at least one answer');
  });
});

describe('short answer: grading', () => {
  it('ignores case and white space, and accepts every alternative', () => {
    expect(gradeQuestion(key, { text: '  Select_Related ' }).correct).toBe(true);
    expect(gradeQuestion(key, { text: 'queryset.select_related ()' }).correct).toBe(true);
  });
  it('does not accept near misses', () => {
    expect(gradeQuestion(key, { text: 'select.related' }).correct).toBe(false);
    expect(gradeQuestion(key, { text: 'prefetch_related' }).correct).toBe(false);
  });
  it('counts a blank answer as unanswered', () => {
    expect(gradeQuestion(key, { text: '   ' })).toEqual({ answered: false, correct: false });
  });
  it('normalises by dropping all white space and lowering case', () => {
    expect(normaliseShortAnswer(' DJANGO_SETTINGS_MODULE\n')).toBe('django_settings_module');
  });
  it('reads back saved text, and refuses anything else', () => {
    expect(parseResponse(key, { text: 'x' })).toEqual({ text: 'x' });
    expect(parseResponse(key, null)).toBeUndefined();
  });
});
