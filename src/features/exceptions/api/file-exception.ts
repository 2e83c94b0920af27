import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateExceptionInput, ExceptionCreated } from '../../../../domain/schemas/exceptions';
import { ApiError } from '../../../lib/api-client';
import { proposalKeys } from '../../proposals/api/keys';
import { exceptionKeys } from './keys';

/**
 * Files a request with an Idempotency-Key, so a retry after a lost response files nothing new.
 * The shared api() helper takes no extra headers, hence this one fetch with the same error shape.
 */
export async function fileException(input: CreateExceptionInput, idempotencyKey: string): Promise<ExceptionCreated> {
  let res: Response;
  try {
    res = await fetch('/api/exceptions', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiError(0, 'network', 'Charter could not be reached. Check your connection and try again.');
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    throw new ApiError(
      res.status,
      data?.code ?? 'unknown',
      data?.message ?? `The request failed (${res.status}).`,
      data?.issues ?? [],
    );
  }
  return data as ExceptionCreated;
}

export function useFileException() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { input: CreateExceptionInput; idempotencyKey: string }) =>
      fileException(v.input, v.idempotencyKey),
    onSuccess: () => {
      qc.invalidateQueries({ queryKey: exceptionKeys.all });
      // A logic review is a new proposal in the owner's inbox.
      qc.invalidateQueries({ queryKey: proposalKeys.all });
    },
  });
}
