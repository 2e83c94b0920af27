import { checkContactLine } from '#domain/schemas/contact-line';
import { IMPORT_LIMITS } from '#domain/schemas/contacts';
import { attributePaths } from '#domain/segments/attribute-paths';
import { instantsOf } from '#domain/segments/attribute-values';
import { edgeOffsets, nextEdge, segmentAt } from '#domain/segments/time-edges';
import { AppError, invalid, issuesOf } from '#server/lib/errors';
import type { ContactIn } from './contacts.repo';
import type { Line } from './import-lines';
import { inEvaluationOrder, type LiveSegment } from './membership.repo';

/** An imported contact as it is staged: placed as writePlacedContacts would place a new one. */
export type Staged = {
  line: number;
  id: string;
  attributes: Record<string, unknown>;
  instants: Record<string, number>;
  seg: string | null;
  /** The next time edge in epoch milliseconds, or null for none. */
  fresh: number | null;
};

/**
 * The first contacts to carry each attribute path, in file order: what the dictionary's discovery
 * reads (`discoverAttributes`) to find the same paths, with the same first-seen types, as it would
 * in every contact, at the cost of a walk of the few contacts that bring something new.
 */
export class DiscoveryWitnesses {
  readonly contacts: ContactIn[] = [];
  private readonly leafKeys = new Set<string>();
  private readonly paths = new Set<string>();

  constructor(private readonly limit: number) {}

  see(contact: ContactIn): void {
    if (this.paths.size >= this.limit) return;
    let fresh = false;
    for (const [key, value] of Object.entries(contact.attributes)) {
      // A nested object may hold a new path at any depth; a leaf key once seen holds no new one.
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) fresh = true;
      // A null has no type: the key stays unseen until a value gives it one, as PUT finds it.
      else if (value !== null && !this.leafKeys.has(key)) {
        this.leafKeys.add(key);
        fresh = true;
      }
    }
    if (!fresh) return;
    let added = false;
    for (const { name } of attributePaths([contact], this.limit)) {
      if (this.paths.has(name)) continue;
      this.paths.add(name);
      added = true;
    }
    if (added) this.contacts.push(contact);
  }
}

/**
 * Each line parsed, checked as PUT /api/contacts checks a contact (a refused line is a 422 naming
 * it, and stops the import; so is an id on a second line, as PUT refuses one given twice) and
 * placed: its instants, segment and next time edge from the domain's evaluator at `now`, as
 * writePlacedContacts computes them. Batches in, batches out.
 */
export async function* placedLines(
  batches: AsyncIterable<Line[]>,
  segments: LiveSegment[],
  now: Date,
  witnesses: DiscoveryWitnesses,
): AsyncGenerator<Staged[]> {
  const ordered = inEvaluationOrder(segments);
  const offsets = edgeOffsets(ordered.map((s) => s.criteria));
  // Every id so far with its line: some 50 MB for a million, the price of naming both lines.
  const lineOf = new Map<string, number>();
  let count = 0;
  for await (const batch of batches) {
    const staged: Staged[] = [];
    for (const { line, text } of batch) staged.push(place(line, text));
    yield staged;
  }

  function place(line: number, text: string): Staged {
    if (++count > IMPORT_LIMITS.contacts) {
      throw new AppError(
        413,
        'payload_too_large',
        `An import is at most ${IMPORT_LIMITS.contacts.toLocaleString('en')} contacts.`,
      );
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw invalid([{ path: ['line', line], message: `Not JSON: ${(err as Error).message}` }]);
    }
    const checked = checkContactLine(value);
    if ('error' in checked) throw invalid(issuesOf(checked.error, ['line', line]));
    const { id, attributes } = checked.contact;
    const first = lineOf.get(id);
    if (first !== undefined) {
      throw invalid([{ path: ['line', line, 'id'], message: `Contact ${id} is already on line ${first}` }]);
    }
    lineOf.set(id, line);
    witnesses.see(checked.contact);
    return {
      line,
      id,
      attributes,
      instants: instantsOf(attributes),
      seg: segmentAt(ordered, attributes, now),
      fresh: nextEdge(offsets, attributes, now)?.getTime() ?? null,
    };
  }
}
