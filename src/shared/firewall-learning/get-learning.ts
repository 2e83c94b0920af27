import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { firewallKeys } from '#src/shared/queries/keys';

export const getLearning = () => unwrap(api.GET('/firewall/learning'));

export type Learning = Awaited<ReturnType<typeof getLearning>>;

export const learningQuery = () => queryOptions({ queryKey: firewallKeys.learning(), queryFn: getLearning });

export const useLearning = () => useQuery(learningQuery());
