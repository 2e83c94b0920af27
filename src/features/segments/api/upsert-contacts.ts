import type { z } from 'zod';
import type { UpsertContactsInput } from '#domain/schemas/segments';
import { api } from '#src/lib/api-client';

export type UpsertResult = { upserted: number; moved: number };

/** One batch; the import page calls it in sequence and invalidates segments and contacts at the end. */
export const upsertContacts = (input: z.infer<typeof UpsertContactsInput>, signal?: AbortSignal) =>
  api<UpsertResult>('/contacts', { method: 'PUT', body: input, signal });
