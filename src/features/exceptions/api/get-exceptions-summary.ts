import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ExceptionsSummary } from '#domain/schemas/exceptions';
import { api } from '#src/lib/api-client';
import { exceptionKeys } from './keys';

export type ExceptionsSummaryData = z.infer<typeof ExceptionsSummary>;

/** For the owner's home page: logic reviews from exception requests that wait for a decision. */
export const getExceptionsSummary = () => api<ExceptionsSummaryData>('/exceptions/summary');

export const exceptionsSummaryQuery = () =>
  queryOptions({ queryKey: exceptionKeys.summary(), queryFn: getExceptionsSummary });

export const useExceptionsSummary = () => useQuery(exceptionsSummaryQuery());
