export const instrumentKeys = {
  all: ['instruments'] as const,
  checklists: () => [...instrumentKeys.all, 'checklist'] as const,
  checklist: (month: string) => [...instrumentKeys.checklists(), month] as const,
  trend: () => [...instrumentKeys.checklists(), 'trend'] as const,
  diagnostics: () => [...instrumentKeys.all, 'diagnostics'] as const,
  diagnostic: (id: string) => [...instrumentKeys.diagnostics(), id] as const,
};
