import type { z } from 'zod';
import type { UpsertContactsInput } from '#domain/schemas/segments';
import { api, unwrap } from '#src/lib/api-client';

/** One batch; the import page calls it in sequence and invalidates segments and contacts at the end. */
export const upsertContacts = (input: z.infer<typeof UpsertContactsInput>, signal?: AbortSignal) =>
  unwrap(api.PUT('/contacts', { body: input, signal }));

export type UpsertResult = Awaited<ReturnType<typeof upsertContacts>>;
