import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Field } from '#src/components/ui/field';
import { ErrorState, Loading } from '#src/components/ui/states';
import type { BacklogItem } from '#src/shared/queries/get-backlog';
import { useOwner } from '#src/shared/queries/get-owner';
import { useSegment } from '#src/shared/queries/get-segment';
import { useSegments } from '#src/shared/queries/get-segments';
import { definitionOf } from '#src/shared/segment-definition/definition-of';
import { ProposalForm } from '#src/shared/segment-definition/proposal-form';
import { useOpenProposal } from '../api/open-proposal';

/**
 * "Open a proposal" from a ranked item: a change to one of its segments, prefilled with the current
 * definition and a rationale taken from the item's title and goal. The proposal links back to the
 * item, and its decision moves the item (docs/rules.md, "Backlog").
 */
export function ProposalFromItem({ item, onCancel }: { item: BacklogItem; onCancel: () => void }) {
  const segments = useSegments();
  const active = (segments.data ?? []).filter((s) => s.status === 'active').map((s) => s.key);
  const [key, setKey] = useState(item.segments[0] ?? '');
  const chosen = key || active[0] || '';
  return (
    <section className="stack" aria-labelledby="open-proposal-title">
      <h3 id="open-proposal-title">Open a proposal</h3>
      <Field label="Segment to change" hint="The item’s segments come first.">
        <select value={chosen} onChange={(e) => setKey(e.target.value)}>
          {[...item.segments, ...active.filter((k) => !item.segments.includes(k))].map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </Field>
      {chosen ? <Prefilled key={chosen} item={item} segmentKey={chosen} active={active} onCancel={onCancel} /> : null}
    </section>
  );
}

function Prefilled({
  item,
  segmentKey,
  active,
  onCancel,
}: {
  item: BacklogItem;
  segmentKey: string;
  active: string[];
  onCancel: () => void;
}) {
  const segment = useSegment(segmentKey);
  const owner = useOwner();
  const open = useOpenProposal();
  const navigate = useNavigate();
  if (segment.isPending) return <Loading label="Loading the segment…" />;
  if (segment.error) return <ErrorState error={segment.error} onRetry={() => segment.refetch()} />;
  const v = segment.data.current;
  return (
    <ProposalForm
      defaults={{
        kind: 'update',
        segmentKey,
        baseVersion: v.version,
        definition: definitionOf(v),
        rationale: `${item.title}. ${item.goal}`.slice(0, 5000),
      }}
      segmentKeys={active}
      ownerName={owner.data?.name}
      submitLabel="Open the proposal"
      onCancel={onCancel}
      onSubmit={async (values) => {
        const { proposalId } = await open.mutateAsync({ id: item.id, ...values });
        navigate(`/proposals/${proposalId}`);
      }}
    />
  );
}
