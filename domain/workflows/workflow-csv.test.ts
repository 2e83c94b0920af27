import { describe, expect, it } from 'vitest';
import { parseWorkflowsCsv, toWorkflowsCsv, WorkflowCsvError, type WorkflowCsvRow } from './workflow-csv';

const row: WorkflowCsvRow = {
  platform: 'hubspot',
  externalId: 'wf-1',
  name: 'Welcome, "new" leads',
  trigger: '=form submitted',
  channel: 'email',
  audience: ['new-lead', 'evaluation'],
  actions: [
    { segmentKey: 'new-lead', action: 'Send: the welcome email' },
    { segmentKey: 'evaluation', action: 'none' },
  ],
  goal: 'A first tour',
  owner: 'mia.marketer@example.com',
  status: 'active',
};

describe('workflows CSV', () => {
  it('reads back what it writes, formula guard and quotes included', () => {
    const parsed = parseWorkflowsCsv(toWorkflowsCsv([row, { ...row, externalId: 'wf-2', owner: null }]));
    expect(parsed.rows).toEqual([row, { ...row, externalId: 'wf-2', owner: null }]);
    expect(parsed.lines).toEqual([2, 5]); // the first row runs over three lines
  });

  it('accepts semicolons in lists, any column order, and defaults the status', () => {
    const text = 'name,platform,external_id,channel,audience,actions\nX,Braze,c-1,EMAIL,a-b;c-d,a-b: hi;c-d: none\n';
    expect(parseWorkflowsCsv(text).rows[0]).toMatchObject({
      platform: 'braze',
      channel: 'email',
      audience: ['a-b', 'c-d'],
      actions: [
        { segmentKey: 'a-b', action: 'hi' },
        { segmentKey: 'c-d', action: 'none' },
      ],
      status: 'active',
      owner: null,
    });
  });

  it('names the line of a file it cannot read', () => {
    const bad = (text: string, message: RegExp) => {
      expect(() => parseWorkflowsCsv(text)).toThrow(WorkflowCsvError);
      expect(() => parseWorkflowsCsv(text)).toThrow(message);
    };
    bad('', /empty/);
    bad('platform,external_id,name\n', /needs a “channel” column/);
    bad('platform,external_id,name,channel,colour\n', /Line 1: Unknown column: colour/);
    bad('platform,external_id,name,channel\nhubspot,1,x\n', /Line 2: Expected 4 cells, found 3/);
    bad('platform,external_id,name,channel,actions\nhubspot,1,x,email,just words\n', /Line 2: Write each action/);
    bad('platform,external_id,name,channel\nhubspot,1,"x,email\n', /Line 2: A quoted cell is never closed/);
    bad('platform,external_id,name,channel\n\n', /no workflows/);
  });
});
