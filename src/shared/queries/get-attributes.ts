import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { attributeKeys } from './keys';

/** The whole dictionary, accepted and discovered: small enough to read at once. */
export const getAttributes = () => unwrap(api.GET('/attributes')).then((r) => r.items);

export type Attribute = Awaited<ReturnType<typeof getAttributes>>[number];

export const attributesQuery = () => queryOptions({ queryKey: attributeKeys.list(), queryFn: getAttributes });

export const useAttributes = (enabled = true) => useQuery({ ...attributesQuery(), enabled });
