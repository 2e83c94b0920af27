export const homeKeys = {
  all: ['home'] as const,
  trend: (months: number) => [...homeKeys.all, 'governance-trend', months] as const,
  checklist: (month: string) => [...homeKeys.all, 'checklist', month] as const,
};
