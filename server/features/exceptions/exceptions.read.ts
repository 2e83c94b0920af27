import type { MonthRange } from '#domain/firewall/months';
import type { ExceptionListItem } from '#domain/schemas/exceptions';
import type { DbOrTx } from '#server/db/client';
import { presentListItem } from './exceptions.present';
import * as repo from './exceptions.repo';

/** The exceptions read model: the requests filed in a month, as the monthly review counts them. */
export async function exceptionsFiledIn(db: DbOrTx, range: MonthRange): Promise<ExceptionListItem[]> {
  // Nobody's view: drafts, private to their requesters, are left out.
  const rows = await repo.listRequests(db, { viewerId: null, mine: false, from: range.from, to: range.to });
  return rows.map(presentListItem);
}

/** Whether a filed (not draft) exception request has this id: a backlog item may name it as its origin. */
export async function filedExceptionExists(db: DbOrTx, id: string): Promise<boolean> {
  const row = await repo.findRequest(db, id);
  return row !== undefined && row.status !== 'draft';
}
