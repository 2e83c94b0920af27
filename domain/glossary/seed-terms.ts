import type { GlossaryTerm } from './glossary-term';

/**
 * The glossary a new installation starts with. The retired phrases describe customers as objects to
 * be heated up, woken or pushed; their replacements come from the promoted language, which only
 * describes what the customer did or what the segment logic observed.
 */
export const SEED_TERMS: readonly GlossaryTerm[] = [
  {
    phrase: 'warm lead',
    kind: 'retired',
    reason: 'Grades people by how ready we guess they are to buy, which invites interpretation instead of observation.',
    replacements: ['segment-eligible contact', 'contact in their current segment'],
  },
  {
    phrase: 'hot prospect',
    kind: 'retired',
    reason: 'Encodes urgency on our side and pressure on theirs; nothing the customer did is named.',
    replacements: ['segment-eligible contact', 'contact with readiness observed'],
  },
  {
    phrase: 're-engagement',
    kind: 'retired',
    reason: 'Treats silence as a problem to fix and invites contact the customer did not ask for.',
    replacements: ['customer-initiated return', 'pause respected'],
  },
  {
    phrase: 'wake them up',
    kind: 'retired',
    reason: 'Overrides a pause the customer chose; it bypasses consent rather than waiting for it.',
    replacements: ['pause respected', 'wait for a customer-initiated contact'],
  },
  {
    phrase: 'push them',
    kind: 'retired',
    reason: 'Describes pressure applied to a person instead of readiness they showed.',
    replacements: ['wait for readiness observed', 'offer when segment-eligible'],
  },
  {
    phrase: 'current segment',
    kind: 'promoted',
    definition: 'The segment a contact belongs to under the published segment logic as of now.',
    replacements: [],
  },
  {
    phrase: 'customer-initiated',
    kind: 'promoted',
    definition: 'Started by an action the customer took, not by a send we scheduled.',
    replacements: [],
  },
  {
    phrase: 'segment-eligible',
    kind: 'promoted',
    definition: 'Meets every criterion of a segment in its published version, with no exception applied.',
    replacements: [],
  },
  {
    phrase: 'pause respected',
    kind: 'promoted',
    definition: 'A pause the customer asked for was honoured: nothing was sent until it ended.',
    replacements: [],
  },
  {
    phrase: 'readiness observed',
    kind: 'promoted',
    definition: 'A signal of readiness was recorded from the customer’s own behaviour, not inferred by us.',
    replacements: [],
  },
];
