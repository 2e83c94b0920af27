import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { webhookKeys } from './keys';

export const getWebhooks = () => unwrap(api.GET('/webhooks')).then((r) => r.items);
export const webhooksQuery = () => queryOptions({ queryKey: webhookKeys.list(), queryFn: getWebhooks });
export const useWebhooks = () => useQuery(webhooksQuery());
