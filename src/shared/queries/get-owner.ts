import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { sessionKeys } from './session-keys';

export const getOwner = () => unwrap(api.GET('/workspace/owner')).then((r) => r.owner);

export const ownerQuery = () => queryOptions({ queryKey: sessionKeys.owner(), queryFn: getOwner });

export const useOwner = () => useQuery(ownerQuery());
