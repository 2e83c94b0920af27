import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from './keys';

export const getFollowUps = () =>
  unwrap(api.GET('/follow-ups', { params: { query: { due: 'true' } } })).then((r) => r.items);

export const followUpsQuery = () => queryOptions({ queryKey: proposalKeys.followUps(), queryFn: getFollowUps });

export const useFollowUps = (enabled: boolean) => useQuery({ ...followUpsQuery(), enabled });
