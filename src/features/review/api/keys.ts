export const reviewKeys = {
  all: ['reviews'] as const,
  list: () => [...reviewKeys.all, 'list'] as const,
  detail: (month: string) => [...reviewKeys.all, 'detail', month] as const,
};
