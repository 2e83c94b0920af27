import { Link } from 'react-router';
import type { Journey } from '#domain/schemas/workflow-views';
import { formatCount } from '#src/lib/format';

/** The journey map in words: every state, where its members may go and did go, and who acts on it. */
export function JourneyText({ journey, id }: { journey: Journey; id: string }) {
  const nameOf = new Map(journey.states.map((s) => [s.key, s.name]));
  const workflows = new Map(journey.workflows.map((w) => [w.id, w]));
  const offList = journey.edges.filter((e) => !e.allowed);
  return (
    <section className="card journey-text" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>The journey map in words</h2>
      <ul className="plain-list">
        {journey.states.map((s) => {
          const out = journey.edges.filter((e) => e.from === s.key && e.allowed);
          return (
            <li key={s.key}>
              <h3>
                {s.name}
                {s.paused ? ' (paused)' : ''}: {formatCount(s.members)} {s.members === 1 ? 'member' : 'members'}
              </h3>
              <p>
                {out.length === 0
                  ? 'No transitions are allowed out of it.'
                  : `May move on to ${out
                      .map((e) => `${nameOf.get(e.to) ?? e.to} (${formatCount(e.observed30d)} in the last 30 days)`)
                      .join(', ')}.`}
              </p>
              <p>
                {s.workflowIds.length === 0 ? 'No active workflow acts on it. ' : 'Workflows acting on it: '}
                {s.workflowIds.map((wid, i) => (
                  <span key={wid}>
                    {i > 0 ? ', ' : ''}
                    <Link to={`/workflows/${wid}`}>{workflows.get(wid)?.name ?? wid}</Link>
                  </span>
                ))}
              </p>
            </li>
          );
        })}
      </ul>
      <h3>Moves no transition allows</h3>
      {offList.length === 0 ? (
        <p>None in the last 30 days.</p>
      ) : (
        <ul>
          {offList.map((e) => (
            <li key={`${e.from}-${e.to}`}>
              {nameOf.get(e.from) ?? e.from} to {nameOf.get(e.to) ?? e.to}: {formatCount(e.observed30d)} in the last 30
              days
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
