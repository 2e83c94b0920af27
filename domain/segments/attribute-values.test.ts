import { describe, expect, it } from 'vitest';
import { instantsOf, parseIsoInstant } from './attribute-values';
import { readAttr } from './criteria';

describe('instantsOf', () => {
  it('finds every instant a dotted path reaches, as parseIsoInstant reads it', () => {
    const attributes = {
      last_seen_at: '2026-11-15T12:00:00Z',
      plan: 'growth',
      when: '2026-02-30',
      trial: { ends_at: '2026-12-01', started: '2026-11-01T09:30:00.5+02:00', count: 3 },
      dates: ['2026-11-15'],
    };
    const found = instantsOf(attributes);
    expect(found).toEqual({
      last_seen_at: Date.parse('2026-11-15T12:00:00Z'),
      'trial.ends_at': Date.parse('2026-12-01T00:00:00Z'),
      'trial.started': Date.parse('2026-11-01T07:30:00.500Z'),
    });
    for (const [path, ms] of Object.entries(found)) expect(parseIsoInstant(readAttr(attributes, path))).toBe(ms);
  });

  it('skips keys no attribute path can name, so a joined path names one place', () => {
    const attributes = JSON.parse(
      '{"a.b": "2026-01-01", "a": {"b": "2026-01-02"}, "seen at": "2026-01-03", "__proto__": {"x": "2026-01-04"}}',
    );
    const found = instantsOf(attributes);
    expect(found).toEqual({ 'a.b': Date.parse('2026-01-02'), '__proto__.x': Date.parse('2026-01-04') });
    expect(Object.keys(found)).toEqual(['a.b', '__proto__.x']);
    expect(readAttr(attributes, '__proto__.x')).toBe('2026-01-04');
  });

  it('finds nothing in what is not an object', () => {
    for (const value of [null, '2026-01-01', 3, ['2026-01-01'], undefined]) expect(instantsOf(value)).toEqual({});
  });
});

describe('parseIsoInstant, read again and again', () => {
  it('answers each text as parsed alone, whatever was parsed before it', () => {
    const texts = ['2026-11-15T12:00:00Z', 'not a date', '2026-02-30', '2026-11-15T12:00:00Z', '2026-11-15'];
    const alone = texts.map((t) => Date.parse(t.length === 10 ? `${t}T00:00:00Z` : t));
    const expected = alone.map((ms, i) => (texts[i] === '2026-02-30' || Number.isNaN(ms) ? null : ms));
    for (let round = 0; round < 3; round++) {
      texts.forEach((t, i) => {
        expect(parseIsoInstant(t)).toBe(expected[i]);
        expect(parseIsoInstant(t)).toBe(expected[i]);
      });
    }
    expect(parseIsoInstant(3)).toBeNull();
  });
});
