import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#src/lib/api-client';
import { peopleKeys } from './keys';

export const getUsers = () => unwrap(api.GET('/users')).then((r) => r.items);
export const usersQuery = () => queryOptions({ queryKey: peopleKeys.users(), queryFn: getUsers });
export const useUsers = () => useQuery(usersQuery());
