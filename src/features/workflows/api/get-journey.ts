import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { workflowKeys } from '#src/shared/queries/keys';

export const getJourney = () => unwrap(api.GET('/workflows/journey'));

export const useJourney = () => useQuery({ queryKey: workflowKeys.journey(), queryFn: getJourney });
