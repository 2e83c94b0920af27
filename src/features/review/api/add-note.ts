import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NoteInput, Review } from '#domain/schemas/reviews';
import { api, unwrap } from '#src/lib/api-client';
import { reviewKeys } from './keys';

export const addNote = (month: string, input: NoteInput) =>
  unwrap(api.POST('/reviews/{month}/notes', { params: { path: { month } }, body: input }));

export function useAddNote(month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: NoteInput) => addNote(month, input),
    // The note is added to the review on screen; recomputing the whole agenda for it would be waste.
    onSuccess: (note) =>
      qc.setQueryData<Review>(reviewKeys.detail(month), (r) => (r ? { ...r, notes: [...r.notes, note] } : r)),
  });
}
