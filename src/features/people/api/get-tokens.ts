import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { peopleKeys } from '#src/shared/queries/keys';

export const getTokens = () => unwrap(api.GET('/tokens')).then((r) => r.items);
export const tokensQuery = () => queryOptions({ queryKey: peopleKeys.tokens(), queryFn: getTokens });
export const useTokens = () => useQuery(tokensQuery());
