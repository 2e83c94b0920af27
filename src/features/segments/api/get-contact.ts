import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Contact as ContactSchema } from '#domain/schemas/segments';
import { api } from '#src/lib/api-client';
import { contactKeys } from './keys';

export type Contact = z.infer<typeof ContactSchema>;

export const getContact = (id: string) => api<Contact>(`/contacts/${encodeURIComponent(id)}`);

export const contactQuery = (id: string) =>
  queryOptions({ queryKey: contactKeys.detail(id), queryFn: () => getContact(id) });

export const useContact = (id: string | null) => useQuery({ ...contactQuery(id ?? ''), enabled: id !== null });
