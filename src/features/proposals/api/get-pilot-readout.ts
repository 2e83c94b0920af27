import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export const getPilotReadout = (pilotId: string) =>
  unwrap(api.GET('/pilots/{id}/readout', { params: { path: { id: pilotId } } }));

export const pilotReadoutQuery = (proposalId: string, pilotId: string) =>
  queryOptions({ queryKey: proposalKeys.pilotReadout(proposalId, pilotId), queryFn: () => getPilotReadout(pilotId) });

export const usePilotReadout = (proposalId: string, pilotId: string) =>
  useQuery(pilotReadoutQuery(proposalId, pilotId));
