import { describe, expect, it } from 'vitest';
import { rowErrors } from './import-errors';

describe('import row errors', () => {
  it('names the line and the workflow of each bad row', () => {
    const issues = [
      { path: ['workflows', 1, 'owner'], message: 'No active person has this email' },
      { path: ['workflows', 0, 'actions', 0, 'action'], message: 'Required' },
      { path: ['workflows'], message: 'Too big' },
    ];
    expect(rowErrors(issues, [2, 5], ['One', 'Two'])).toEqual([
      { line: 5, name: 'Two', field: 'owner', message: 'No active person has this email' },
      { line: 2, name: 'One', field: 'actions 0 action', message: 'Required' },
      { line: 0, name: '', field: 'row', message: 'Too big' },
    ]);
  });
});
