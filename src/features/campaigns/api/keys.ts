export const campaignKeys = {
  all: ['campaigns'] as const,
  lists: () => [...campaignKeys.all, 'list'] as const,
  list: (mine: boolean) => [...campaignKeys.lists(), { mine }] as const,
  detail: (id: string) => [...campaignKeys.all, 'detail', id] as const,
};
