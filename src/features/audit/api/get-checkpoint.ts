import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditCheckpointStatus } from '#domain/schemas/audit';
import { api } from '#src/lib/api-client';
import { auditKeys } from './keys';

export const getCheckpoint = () => api<AuditCheckpointStatus>('/audit/checkpoint');

export const checkpointQuery = () => queryOptions({ queryKey: auditKeys.checkpoint(), queryFn: getCheckpoint });

/** The checkpoint moves within a second of each entry: read again whenever the page comes back. */
export const useCheckpoint = () => useQuery(checkpointQuery());
