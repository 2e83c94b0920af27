import { describe, expect, it } from 'vitest';
import { criteriaIssues, pathText } from './criteria-issues';

describe('criteria issues', () => {
  it('is empty for a valid tree', () => {
    expect(criteriaIssues({ all: [{ attr: 'scores.lead', op: 'gte', value: 80 }] })).toEqual([]);
  });

  it('reports each real problem once, at its full path, through nested groups', () => {
    const issues = criteriaIssues({
      all: [
        { attr: 'x', op: 'in', value: [] },
        { any: [{ attr: 'a', op: 'gt' }] },
        { not: { attr: 'b', op: 'exists', value: 1 } },
      ],
    });
    expect(issues).toEqual([
      { path: ['all', 0, 'value'], message: 'Give a list of at least one value' },
      { path: ['all', 1, 'any', 0, 'value'], message: 'Give a number or a date' },
      { path: ['all', 2, 'not', 'value'], message: '"exists" takes no value' },
    ]);
  });

  it('names the attribute path rules and unknown operators', () => {
    const issues = criteriaIssues({
      any: [
        { attr: '', op: 'exists' },
        { attr: 'x', op: 'like', value: 'a' },
      ],
    });
    expect(issues.map((i) => pathText(i.path))).toEqual(['any[0].attr', 'any[0].attr', 'any[1].op']);
    expect(issues[0]!.message).toBe('Choose an attribute');
  });

  it('explains a node that is neither a rule nor a group', () => {
    expect(criteriaIssues({ all: [{ foo: 1 }] })).toEqual([
      { path: ['all', 0], message: expect.stringMatching(/^Expected a rule/) },
    ]);
    expect(criteriaIssues(42)).toEqual([{ path: [], message: expect.stringMatching(/^Expected a rule/) }]);
  });

  it('formats paths for people', () => {
    expect(pathText([])).toBe('(top level)');
    expect(pathText(['all', 0, 'any', 2, 'value'])).toBe('all[0].any[2].value');
  });
});
