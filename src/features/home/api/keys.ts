export const homeKeys = {
  all: ['home'] as const,
  trend: (months: number) => [...homeKeys.all, 'governance-trend', months] as const,
};
