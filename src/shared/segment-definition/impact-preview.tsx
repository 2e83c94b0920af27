import type { ImpactPreview as Impact } from '#domain/schemas/segments';
import { formatCount } from '#src/lib/format';
import { useImpact } from './get-impact';
import { ImpactFlows } from './impact-flows';
import './segment-definition.css';

type Props = { segmentKey?: string; definition: unknown; title?: string };

/** "+12 enter, −3 leave, 5 move into a paused segment": the server's count of who would move now. */
export function impactWords(i: Impact): string {
  const parts = [`+${formatCount(i.enter)} enter`, `−${formatCount(i.leave)} leave`];
  const move = (n: number) => `${formatCount(n)} ${n === 1 ? 'moves' : 'move'}`;
  if (i.intoPaused > 0) parts.push(`${move(i.intoPaused)} into a paused segment`);
  if (i.outOfPaused > 0) parts.push(`${move(i.outOfPaused)} out of a paused segment`);
  return parts.join(', ');
}

/** The figures of an impact, live or kept: the counts, the members before and after, and where contacts go. */
function ImpactFigures({ impact, busy = false }: { impact: Impact; busy?: boolean }) {
  return (
    <>
      <p className="impact">
        <strong>{impactWords(impact)}</strong>
        {busy ? <span className="muted">updating…</span> : null}
      </p>
      <p className="muted">
        Members {formatCount(impact.membersBefore)} → {formatCount(impact.membersAfter)}, of {formatCount(impact.total)}{' '}
        contacts evaluated. Each contact keeps one current segment: the one with the lowest priority value.
      </p>
      <ImpactFlows impact={impact} />
    </>
  );
}

/** A live impact preview, recomputed on the server shortly after the definition stops changing. */
export function ImpactPreview({ segmentKey, definition, title = 'Impact if approved now' }: Props) {
  const impact = useImpact({ ...(segmentKey ? { segmentKey } : {}), definition });
  const data = impact.data;
  return (
    <section className="card" aria-labelledby="impact-title" aria-busy={impact.isFetching || impact.settling}>
      <h2 id="impact-title">{title}</h2>
      <div aria-live="polite">
        {!impact.valid ? (
          <p className="muted">The impact appears once the definition is complete and valid.</p>
        ) : impact.error ? (
          <p className="field-error">The impact could not be computed: {impact.error.message}</p>
        ) : data ? (
          <ImpactFigures impact={data} busy={impact.isFetching || impact.settling} />
        ) : (
          <p className="muted">Computing the impact…</p>
        )}
      </div>
    </section>
  );
}

/** The impact kept on an approved proposal: what the approval did, as evaluated in its transaction. */
export function ImpactAtApproval({ impact }: { impact: Impact | null }) {
  return (
    <section className="card" aria-labelledby="impact-kept-title">
      <h2 id="impact-kept-title">Impact when approved</h2>
      {impact ? (
        <ImpactFigures impact={impact} />
      ) : (
        <p className="muted">This change was approved before Charter kept the impact of approvals.</p>
      )}
    </section>
  );
}
