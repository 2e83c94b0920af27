export const segmentKeys = {
  all: ['segments'] as const,
  list: () => [...segmentKeys.all, 'list'] as const,
  detail: (key: string) => [...segmentKeys.all, 'detail', key] as const,
  versions: (key: string) => [...segmentKeys.detail(key), 'versions'] as const,
  members: (key: string) => [...segmentKeys.detail(key), 'members'] as const,
  impact: (body: string) => [...segmentKeys.all, 'impact', body] as const,
};

/** Contacts move between segments, so a contact change also invalidates segment counts. */
export const contactKeys = {
  all: ['contacts'] as const,
  attributes: () => [...contactKeys.all, 'attributes'] as const,
  detail: (id: string) => [...contactKeys.all, 'detail', id] as const,
};
