/**
 * A workflow's gate (docs/rules.md, "Workflow gates"): whether the sends it reported were
 * preceded by checks of it. A send counts as gated when a check naming the same workflow was made
 * at or before it, within GATE_WINDOW_MS: the platform asks right before it sends, and reports
 * the send later. Allowed decisions are counted, not stored per contact (docs/decisions/007), so
 * the gate is judged per workflow, not per contact.
 */
export const GATE_WINDOW_MS = 24 * 3_600_000;
export const GATE_LOOKBACK_DAYS = 30;

export type GateCounts = { checks30d: number; sends30d: number; ungatedSends30d: number };

/**
 * `ungated` when any send of the last 30 days had no check before it; `gated` when it sent only
 * after checks, or checked without sending; `unknown` when nothing was seen in 30 days.
 */
export function gateStatus(c: GateCounts): 'gated' | 'ungated' | 'unknown' {
  if (c.ungatedSends30d > 0) return 'ungated';
  if (c.sends30d > 0 || c.checks30d > 0) return 'gated';
  return 'unknown';
}
