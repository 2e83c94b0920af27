import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '#src/lib/api-client';
import { proposalKeys } from './keys';
import type { FollowUp } from './types';

export const getFollowUps = () => api<{ items: FollowUp[] }>('/follow-ups?due=true').then((r) => r.items);

export const followUpsQuery = () => queryOptions({ queryKey: proposalKeys.followUps(), queryFn: getFollowUps });

export const useFollowUps = (enabled: boolean) => useQuery({ ...followUpsQuery(), enabled });
