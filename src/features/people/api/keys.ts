export const peopleKeys = {
  all: ['people'] as const,
  users: () => [...peopleKeys.all, 'users'] as const,
  tokens: () => [...peopleKeys.all, 'tokens'] as const,
};
