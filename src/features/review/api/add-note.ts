import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NoteInput, ReviewNote } from '../../../../domain/schemas/reviews';
import { api } from '../../../lib/api-client';
import { reviewKeys } from './keys';

export const addNote = (month: string, input: NoteInput) =>
  api<ReviewNote>(`/reviews/${month}/notes`, { method: 'POST', body: input });

export function useAddNote(month: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: NoteInput) => addNote(month, input),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewKeys.detail(month) }),
  });
}
