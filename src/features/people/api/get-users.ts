import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '#domain/schemas/users';
import { api } from '#src/lib/api-client';
import { peopleKeys } from './keys';

export const getUsers = () => api<{ items: User[] }>('/users').then((r) => r.items);
export const usersQuery = () => queryOptions({ queryKey: peopleKeys.users(), queryFn: getUsers });
export const useUsers = () => useQuery(usersQuery());
