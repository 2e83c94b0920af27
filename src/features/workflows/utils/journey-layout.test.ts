import { describe, expect, it } from 'vitest';
import type { Journey } from '#domain/schemas/workflow-views';
import { layoutJourney, pathOf } from './journey-layout';

const W = '00000000-0000-4000-8000-00000000000';
const journey: Journey = {
  states: [
    { key: 'lead', name: 'Lead', paused: false, members: 10, workflowIds: [`${W}1`, `${W}2`, `${W}3`, `${W}4`] },
    { key: 'trial', name: 'Trial', paused: true, members: 5, workflowIds: [] },
    { key: 'customer', name: 'Customer', paused: false, members: 20, workflowIds: [`${W}1`] },
  ],
  edges: [
    { from: 'lead', to: 'trial', allowed: true, observed30d: 40 },
    { from: 'trial', to: 'customer', allowed: true, observed30d: 0 },
    { from: 'customer', to: 'lead', allowed: false, observed30d: 4 },
  ],
  workflows: [1, 2, 3, 4].map((i) => ({
    id: `${W}${i}`,
    name: `Flow ${i}`,
    platform: 'braze' as const,
    channel: 'email' as const,
    status: 'active' as const,
  })),
};

describe('the journey layout', () => {
  it('places states top to bottom in the order contacts move, inside the drawing', () => {
    const { nodes, width, height } = layoutJourney(journey);
    const y = (key: string) => nodes.find((n) => n.key === key)?.y ?? -1;
    expect(y('lead')).toBeLessThan(y('trial'));
    expect(y('trial')).toBeLessThan(y('customer'));
    for (const n of nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(width);
      expect(n.y + n.height).toBeLessThanOrEqual(height);
    }
  });

  it('shows three workflows in a state and counts the rest', () => {
    const lead = layoutJourney(journey).nodes.find((n) => n.key === 'lead');
    expect(lead).toMatchObject({ shown: ['Flow 1', 'Flow 2', 'Flow 3'], more: 1 });
  });

  it('routes every edge and weighs its stroke by the moves observed', () => {
    const { edges } = layoutJourney(journey);
    expect(edges.every((e) => e.points.length >= 2)).toBe(true);
    expect(edges.map((e) => e.strokeWidth)).toEqual([6, 1, 1.5 + 4.5 / 10]);
    expect(
      pathOf([
        { x: 1, y: 2 },
        { x: 3.25, y: 4 },
      ]),
    ).toBe('M1.0,2.0 L3.3,4.0');
  });
});
