import { describe, expect, it } from 'vitest';
import { gateStatus } from './gate';

describe('gate status', () => {
  it('is ungated by any ungated send, gated by checks or gated sends, unknown with nothing seen', () => {
    expect(gateStatus({ checks30d: 10, sends30d: 10, ungatedSends30d: 1 })).toBe('ungated');
    expect(gateStatus({ checks30d: 10, sends30d: 10, ungatedSends30d: 0 })).toBe('gated');
    expect(gateStatus({ checks30d: 3, sends30d: 0, ungatedSends30d: 0 })).toBe('gated');
    expect(gateStatus({ checks30d: 0, sends30d: 0, ungatedSends30d: 0 })).toBe('unknown');
  });
});
