import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OwnerSummary } from '#domain/schemas/session';
import { api } from '#src/lib/api-client';
import { sessionKeys } from './keys';

export const getOwner = () => api<OwnerSummary>('/workspace/owner').then((r) => r.owner);

export const ownerQuery = () => queryOptions({ queryKey: sessionKeys.owner(), queryFn: getOwner });

export const useOwner = () => useQuery(ownerQuery());
