import { describe, expect, it } from 'vitest';
import { mentStem, nounForms, verbForms } from './word-forms';

const sorted = (forms: string[]) => [...forms].sort();

describe('verbForms', () => {
  it.each([
    ['push', ['push', 'pushed', 'pushes', "pushin'", 'pushing']],
    ['wake', ['wake', 'waked', 'wakes', "wakin'", 'waking', 'woke', 'woken']],
    ['stop', ['stop', 'stopped', 'stopping', "stoppin'", 'stops']],
    ['try', ['tried', 'tries', 'try', "tryin'", 'trying']],
    ['die', ['die', 'died', 'dies', "dyin'", 'dying']],
    ['see', ['saw', 'see', 'seeing', "seein'", 'sees', 'seen']],
    ['engage', ['engage', 'engaged', 'engages', "engagin'", 'engaging']],
    ['target', ['target', 'targeted', 'targeting', "targetin'", 'targets']],
    ['fix', ['fix', 'fixed', 'fixes', "fixin'", 'fixing']],
    ['reach', ['reach', 'reached', 'reaches', "reachin'", 'reaching']],
  ])('inflects %s by rule or from the irregular table', (verb, expected) => {
    expect(sorted(verbForms(verb))).toEqual(sorted(expected));
  });
});

describe('nounForms', () => {
  it.each([
    ['lead', ['lead', "lead's", 'leads']],
    ['prospects', ['prospect', "prospect's", 'prospects']],
    ['person', ['people', "people's", 'person', "person's"]],
    ['status', ['status', 'statuses']],
  ])('gives singular, plural and possessive of %s', (noun, expected) => {
    expect(sorted(nounForms(noun))).toEqual(sorted(expected));
  });
});

describe('mentStem', () => {
  it('derives the verb a -ment noun is built on', () => {
    expect(mentStem('engagement')).toBe('engage');
    expect(mentStem('engagements')).toBe('engage');
    expect(mentStem('payment')).toBe('pay');
  });

  it('leaves words alone whose stem would be too short or that are not -ment nouns', () => {
    expect(mentStem('cement')).toBeUndefined();
    expect(mentStem('lead')).toBeUndefined();
  });
});
