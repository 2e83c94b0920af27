export const glossaryKeys = {
  all: ['glossary'] as const,
  terms: () => [...glossaryKeys.all, 'terms'] as const,
  usage: (months: number) => [...glossaryKeys.all, 'usage', months] as const,
};
