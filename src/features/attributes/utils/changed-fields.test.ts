import { describe, expect, it } from 'vitest';
import { changedFields } from './changed-fields';

const entry = {
  definition: 'Whether the contact agreed to email.',
  type: 'boolean',
  source: 'CRM',
  ownerId: '00000000-0000-4000-8000-000000000001',
  sensitivity: 'personal',
} as const;

describe('changedFields', () => {
  it('keeps only the fields that differ', () => {
    expect(changedFields(entry, { ...entry, source: 'Preference centre', sensitivity: 'none' })).toEqual({
      source: 'Preference centre',
      sensitivity: 'none',
    });
  });

  it('is empty when nothing changed', () => {
    expect(changedFields(entry, { ...entry })).toEqual({});
  });
});
