import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { Criteria } from '#domain/segments/criteria';
import { type AttributeInfo, CriteriaEditor } from '#src/shared/segment-definition/criteria-editor';

const ATTRIBUTES: AttributeInfo[] = [
  { attr: 'scores.lead', type: 'number', examples: [42, 80] },
  { attr: 'industry', type: 'string', examples: ['SaaS', 'Fintech'] },
  { attr: 'last_purchase_at', type: 'date', examples: ['2026-10-01'] },
  { attr: 'opted_in', type: 'boolean', examples: [true] },
];

/** The editor is controlled; this holder keeps its value and exposes it for assertions. */
function Harness({ initial, seen }: { initial: Criteria; seen: { value: unknown } }) {
  const [value, setValue] = useState<Criteria>(initial);
  seen.value = value;
  return (
    <CriteriaEditor
      value={value}
      onChange={(v) => {
        seen.value = v;
        setValue(v);
      }}
      attributes={ATTRIBUTES}
    />
  );
}

const options = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('the criteria editor', () => {
  it('offers operators that fit the attribute type, and the value input each one needs', async () => {
    const user = userEvent.setup();
    const seen = { value: null as unknown };
    render(<Harness initial={{ all: [{ attr: 'scores.lead', op: 'gte', value: 60 }] }} seen={seen} />);
    const rule = screen.getByRole('group', { name: 'Rule 1' });
    const operator = within(rule).getByLabelText('Operator');
    expect(options(operator)).toContain('is at least');
    expect(options(operator)).not.toContain('is within the last … days');
    expect(within(rule).getByRole('spinbutton', { name: 'Rule 1 value' })).toHaveValue(60);

    await user.selectOptions(within(rule).getByLabelText('Attribute'), 'last_purchase_at');
    expect(options(operator)).toEqual(expect.arrayContaining(['is within the last … days', 'is before']));
    expect(options(operator)).not.toContain('is at least');
    await user.selectOptions(operator, 'within_days');
    expect(seen.value).toEqual({ all: [{ attr: 'last_purchase_at', op: 'within_days', value: 30 }] });

    await user.selectOptions(within(rule).getByLabelText('Attribute'), 'industry');
    await user.selectOptions(operator, 'in');
    const list = within(rule).getByRole('combobox', { name: 'Rule 1 value' });
    await user.type(list, 'SaaS, Fintech{Enter}');
    expect(seen.value).toEqual({ all: [{ attr: 'industry', op: 'in', value: ['SaaS', 'Fintech'] }] });
    await user.click(within(rule).getByRole('button', { name: 'Remove Fintech' }));
    expect(seen.value).toEqual({ all: [{ attr: 'industry', op: 'in', value: ['SaaS'] }] });

    await user.selectOptions(operator, 'exists');
    expect(within(rule).getByText('no value needed')).toBeInTheDocument();
    expect(seen.value).toEqual({ all: [{ attr: 'industry', op: 'exists' }] });
    expect(screen.getByText('industry is known')).toBeInTheDocument();
  });

  it('builds nested groups and shows schema errors on the rule they belong to', async () => {
    const user = userEvent.setup();
    const seen = { value: null as unknown };
    render(<Harness initial={{ all: [] }} seen={seen} />);
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    const group = screen.getByRole('group', { name: 'Group 2' });
    await user.selectOptions(within(group).getByLabelText('Contacts match'), 'none');
    const inner = within(group).getByRole('group', { name: 'Rule 2.1' });
    await user.selectOptions(within(inner).getByLabelText('Attribute'), 'industry');
    await user.selectOptions(within(inner).getByLabelText('Operator'), 'not_in');
    expect(within(inner).getByText('Give a list of at least one value')).toBeInTheDocument();
    expect(within(inner).getByRole('combobox', { name: 'Rule 2.1 value' })).toHaveAttribute('aria-invalid', 'true');
    expect(seen.value).toEqual({
      all: [{ attr: 'scores.lead', op: 'exists' }, { not: { any: [{ attr: 'industry', op: 'not_in', value: [] }] } }],
    });
    await user.type(within(inner).getByRole('combobox', { name: 'Rule 2.1 value' }), 'Retail{Enter}');
    expect(within(inner).queryByText('Give a list of at least one value')).not.toBeInTheDocument();
    expect(screen.getByText('lead score is known and not (industry is none of Retail)')).toBeInTheDocument();
  });

  it('has a JSON view that names invalid JSON and schema errors with their path', async () => {
    const user = userEvent.setup();
    const seen = { value: null as unknown };
    render(<Harness initial={{ all: [{ attr: 'scores.lead', op: 'gte', value: 80 }] }} seen={seen} />);
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    const box = screen.getByLabelText('Criteria as JSON');
    expect(JSON.parse((box as HTMLTextAreaElement).value)).toEqual(seen.value);

    await user.clear(box);
    await user.click(box);
    await user.paste('{"all": [');
    expect(screen.getByText(/This is not valid JSON/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Builder' })).toBeDisabled();

    await user.clear(box);
    await user.paste('{"all": [{"attr": "scores.lead", "op": "gte"}, {"any": [{"attr": "", "op": "exists"}]}]}');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('all[0].value: Give a number or a date');
    expect(alert).toHaveTextContent('all[1].any[0].attr: Choose an attribute');

    await user.clear(box);
    await user.paste('{"any": [{"attr": "opted_in", "op": "eq", "value": true}]}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Builder' }));
    expect(screen.getByLabelText('Contacts match')).toHaveValue('any');
    expect(screen.getByRole('combobox', { name: 'Rule 1 value' })).toHaveValue('true');
  });
});
