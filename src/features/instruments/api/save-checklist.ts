import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveChecklistInput } from '#domain/schemas/checklist';
import { api, unwrap } from '#src/lib/api-client';
import { instrumentKeys } from './keys';

export const saveChecklist = ({ month, ...body }: SaveChecklistInput & { month: string }) =>
  unwrap(api.PUT('/checklist/{month}', { params: { path: { month } }, body }));

/** A save changes the month and the trend; the saved month is written into the cache as answered. */
export function useSaveChecklist() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: saveChecklist,
    onSuccess: async (saved) => {
      qc.setQueryData(instrumentKeys.checklist(saved.month), saved);
      await qc.invalidateQueries({ queryKey: instrumentKeys.trend() });
    },
  });
}
