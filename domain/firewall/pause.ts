import type { Pause } from '#domain/schemas/segments';

/** A stored pause as the firewall reads it: the defaults (customer-initiated allowed, no channels) fill what a row leaves out. */
export function normalisePause(raw: unknown): Pause {
  const p = (typeof raw === 'string' ? JSON.parse(raw) : (raw ?? {})) as Partial<Pause>;
  return {
    paused: p.paused === true,
    allowCustomerInitiated: p.allowCustomerInitiated !== false,
    allowedChannels: Array.isArray(p.allowedChannels) ? p.allowedChannels : [],
  };
}
