import { useState } from 'react';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { ErrorState, Loading } from '#src/components/ui/states';
import { formatCount } from '#src/lib/format';
import type { FirewallRequest } from '#src/shared/queries/get-firewall-request';
import { useAllowedContacts } from '../api/get-allowed-contacts';
import { AllowedContact } from './allowed-contact';

type Group = FirewallRequest['allowed'][number];

const contactsWord = (n: number) => `${formatCount(n)} ${n === 1 ? 'contact' : 'contacts'}`;

/** One group's contacts, a page at a time; each opens its explanation in place. */
function GroupContacts({ requestId, group }: { requestId: string; group: Group }) {
  const contacts = useAllowedContacts(requestId, group.id);
  const [open, setOpen] = useState<string | null>(null);
  if (contacts.isPending) return <Loading label="Loading the contacts…" />;
  if (contacts.error) return <ErrorState error={contacts.error} onRetry={() => contacts.refetch()} />;
  const ids = contacts.data.pages.flatMap((p) => p.items);
  return (
    <>
      <ul className="plain-list allowed-contacts">
        {ids.map((id) => (
          <li key={id}>
            <button
              type="button"
              className="link-button"
              aria-expanded={open === id}
              onClick={() => setOpen(open === id ? null : id)}
            >
              {open === id ? 'Hide why' : 'Why'} <code>{id}</code> {open === id ? '' : 'was allowed'}
            </button>
            {open === id ? <AllowedContact requestId={requestId} contactId={id} /> : null}
          </li>
        ))}
      </ul>
      {contacts.hasNextPage ? (
        <Button busy={contacts.isFetchingNextPage} onClick={() => contacts.fetchNextPage()}>
          Show more contacts ({formatCount(ids.length)} of {formatCount(group.count)} shown)
        </Button>
      ) : null}
    </>
  );
}

function GroupItem({ requestId, group }: { requestId: string; group: Group }) {
  const [expanded, setExpanded] = useState(false);
  const where = group.segment
    ? `${group.segmentName ?? group.segment} (${group.segment} ${group.segmentVersion === null ? 'piloted proposal' : `v${group.segmentVersion}`})`
    : 'In no segment';
  return (
    <li>
      <strong>{where}</strong> — {contactsWord(group.count)}{' '}
      {group.pilot ? <Badge tone="info">Pilot {group.pilot.cohort} cohort</Badge> : null}
      <div>
        <Button variant="ghost" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Hide the contacts' : 'Show the contacts'}
        </Button>
      </div>
      {expanded ? <GroupContacts requestId={requestId} group={group} /> : null}
    </li>
  );
}

/**
 * The request's allowed decisions by segment version (docs/firewall.md, "A request's detail"),
 * listed under the held-back ones; each contact explains itself on demand.
 */
export function AllowedGroups({ request }: { request: FirewallRequest }) {
  const { allowed, allowedUnrecorded } = request;
  return (
    <>
      <h3>Why contacts were allowed</h3>
      {allowed.length === 0 && allowedUnrecorded === 0 ? <p>No contact was allowed by this request.</p> : null}
      {allowedUnrecorded > 0 ? (
        <p className="muted">
          {contactsWord(allowedUnrecorded)} allowed before Charter kept allowed decisions one by one: counted, not
          explained.
        </p>
      ) : null}
      {allowed.length > 0 ? (
        <ul className="plain-list">
          {allowed.map((g) => (
            <GroupItem key={g.id} requestId={request.id} group={g} />
          ))}
        </ul>
      ) : null}
    </>
  );
}
