export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
  owner: () => [...sessionKeys.all, 'owner'] as const,
};
