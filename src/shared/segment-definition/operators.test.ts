import { describe, expect, it } from 'vitest';
import { OPERATORS } from '#domain/segments/criteria';
import { operatorLabel, operatorsFor, typedScalar, valueForOperator, valueKind } from './operators';

describe('operators by attribute type', () => {
  it('offers only operators that fit the type', () => {
    expect(operatorsFor('number')).toContain('gte');
    expect(operatorsFor('number')).not.toContain('within_days');
    expect(operatorsFor('date')).toContain('within_days');
    expect(operatorsFor('boolean')).toEqual(['eq', 'neq', 'exists', 'not_exists']);
    expect(operatorsFor('array')).toEqual(['contains', 'exists', 'not_exists']);
    expect(operatorsFor(undefined)).toEqual(OPERATORS);
  });

  it('words date comparisons as before and after', () => {
    expect(operatorLabel('gt', 'date')).toBe('is after');
    expect(operatorLabel('gt', 'number')).toBe('is more than');
    expect(operatorLabel('within_days', 'date')).toBe('is within the last … days');
  });

  it('picks the value input for the operator and type', () => {
    expect(valueKind('exists', 'number')).toBe('none');
    expect(valueKind('in', 'string')).toBe('list');
    expect(valueKind('older_than_days', 'date')).toBe('days');
    expect(valueKind('gte', 'number')).toBe('number');
    expect(valueKind('lt', 'date')).toBe('date');
    expect(valueKind('eq', 'boolean')).toBe('boolean');
    expect(valueKind('eq', undefined)).toBe('text');
  });

  it('carries the value across operator changes in a shape the schema accepts', () => {
    expect(valueForOperator('in', 'string', 'SaaS')).toEqual(['SaaS']);
    expect(valueForOperator('in', 'string', '')).toEqual([]);
    expect(valueForOperator('eq', 'string', ['SaaS', 'Fintech'])).toBe('SaaS');
    expect(valueForOperator('exists', 'string', 'SaaS')).toBeUndefined();
    expect(valueForOperator('within_days', 'date', '2026-01-01')).toBe(30);
    expect(valueForOperator('gte', 'number', undefined)).toBe(0);
    expect(valueForOperator('gte', 'number', 80)).toBe(80);
    expect(valueForOperator('eq', 'boolean', undefined)).toBe(true);
    expect(valueForOperator('lt', 'date', 30)).toBe('');
  });

  it('reads typed text by the attribute type', () => {
    expect(typedScalar('80', 'number')).toBe(80);
    expect(typedScalar('80', 'string')).toBe('80');
    expect(typedScalar('TRUE', 'boolean')).toBe(true);
    expect(typedScalar('', 'number')).toBe('');
  });
});
