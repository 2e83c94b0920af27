import { Link } from 'react-router';
import { formatCount } from '#src/lib/format';
import { pilotGroups } from '../utils/pilot-groups';

type Blocked = Parameters<typeof pilotGroups>[0];

/** Which pilot decided held-back contacts, with its cohort and a link to the proposal it tries (docs/pilots.md). */
export function PilotNote({ blocked }: { blocked: Blocked }) {
  const groups = pilotGroups(blocked);
  if (groups.length === 0) return null;
  return (
    <ul className="plain-list pilot-note">
      {groups.map((g) => (
        <li key={`${g.pilotId}-${g.cohort}`}>
          Decided by pilot <code>{g.name}</code> ({g.decidedBy}): {formatCount(g.count)}{' '}
          {g.count === 1 ? 'contact' : 'contacts'} ·{' '}
          <Link to={`/proposals/${g.proposalId}`}>the proposal it tries</Link>
        </li>
      ))}
    </ul>
  );
}
