import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Learning as LearningSchema } from '#domain/schemas/firewall-views';
import { api } from '#src/lib/api-client';
import { firewallKeys } from './keys';

export type Learning = z.infer<typeof LearningSchema>;

export const getLearning = () => api<Learning>('/firewall/learning');

export const learningQuery = () => queryOptions({ queryKey: firewallKeys.learning(), queryFn: getLearning });

export const useLearning = () => useQuery(learningQuery());
