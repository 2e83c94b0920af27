import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiToken } from '#domain/schemas/tokens';
import { api } from '#src/lib/api-client';
import { peopleKeys } from './keys';

export const getTokens = () => api<{ items: ApiToken[] }>('/tokens').then((r) => r.items);
export const tokensQuery = () => queryOptions({ queryKey: peopleKeys.tokens(), queryFn: getTokens });
export const useTokens = () => useQuery(tokensQuery());
