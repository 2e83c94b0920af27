import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { workflowKeys } from '#src/shared/queries/keys';

export const getMatrix = () => unwrap(api.GET('/workflows/matrix'));

export const useMatrix = () => useQuery({ queryKey: workflowKeys.matrix(), queryFn: getMatrix });
