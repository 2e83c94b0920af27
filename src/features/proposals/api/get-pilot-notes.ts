import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { proposalKeys } from '#src/shared/queries/keys';

export const getPilotNotes = (pilotId: string) =>
  unwrap(api.GET('/pilots/{id}/notes', { params: { path: { id: pilotId } } }));

export const pilotNotesQuery = (proposalId: string, pilotId: string) =>
  queryOptions({ queryKey: proposalKeys.pilotNotes(proposalId, pilotId), queryFn: () => getPilotNotes(pilotId) });

export const usePilotNotes = (proposalId: string, pilotId: string) => useQuery(pilotNotesQuery(proposalId, pilotId));
