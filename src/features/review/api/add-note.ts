import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NoteInput, Review, ReviewNote } from '#domain/schemas/reviews';
import { api } from '#src/lib/api-client';
import { reviewKeys } from './keys';

export const addNote = (month: string, input: NoteInput) =>
  api<ReviewNote>(`/reviews/${month}/notes`, { method: 'POST', body: input });

export function useAddNote(month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: NoteInput) => addNote(month, input),
    // The note is added to the review on screen; recomputing the whole agenda for it would be waste.
    onSuccess: (note) =>
      qc.setQueryData<Review>(reviewKeys.detail(month), (r) => (r ? { ...r, notes: [...r.notes, note] } : r)),
  });
}
