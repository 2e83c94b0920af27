import { z } from 'zod';
import { isoDateTime } from './dates';
import { text } from './strings';

/** Every error body the API returns. `issues` names the fields that were wrong. */
export const ApiErrorBody = z
  .object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
  })
  .meta({ id: 'Error' });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export const Cursor = text().max(200);

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: Cursor.optional(),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().optional() });
}

export const IsoDateTime = isoDateTime();
