import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { instrumentKeys } from './keys';

/** The diagnostics taken, newest first, with what Charter observes now for the next one. */
export const getDiagnostics = () => unwrap(api.GET('/diagnostics'));

export const diagnosticsQuery = () => queryOptions({ queryKey: instrumentKeys.diagnostics(), queryFn: getDiagnostics });

export const useDiagnostics = () => useQuery(diagnosticsQuery());
