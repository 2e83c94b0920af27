import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { auditKeys } from './keys';

export const getCheckpoint = () => unwrap(api.GET('/audit/checkpoint'));

export type CheckpointStatus = Awaited<ReturnType<typeof getCheckpoint>>;

export const checkpointQuery = () => queryOptions({ queryKey: auditKeys.checkpoint(), queryFn: getCheckpoint });

/** The checkpoint moves within a second of each entry: read again whenever the page comes back. */
export const useCheckpoint = () => useQuery(checkpointQuery());
