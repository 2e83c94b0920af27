import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { exceptionKeys } from '#src/shared/queries/keys';

/** For the owner's home page: logic reviews from exception requests that wait for a decision. */
export const getExceptionsSummary = () => unwrap(api.GET('/exceptions/summary'));

export type ExceptionsSummaryData = Awaited<ReturnType<typeof getExceptionsSummary>>;

export const exceptionsSummaryQuery = () =>
  queryOptions({ queryKey: exceptionKeys.summary(), queryFn: getExceptionsSummary });

export const useExceptionsSummary = () => useQuery(exceptionsSummaryQuery());
