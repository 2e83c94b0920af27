import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { SegmentVersion } from '#domain/schemas/segments';
import { formatDate } from '#src/lib/format';
import { DefinitionDiff } from '#src/shared/segment-definition/definition-diff';

type Props = { versions: SegmentVersion[]; currentVersion: number };

/** Every version with who proposed it, who approved it, when and why; and a diff of any two. */
export function VersionHistory({ versions, currentVersion }: Props) {
  const id = useId();
  const newest = versions[0]?.version ?? currentVersion;
  const [to, setTo] = useState(newest);
  const [from, setFrom] = useState(versions[1]?.version ?? newest);
  const a = versions.find((v) => v.version === from);
  const b = versions.find((v) => v.version === to);

  return (
    <>
      <ol className="version-list" aria-label="Versions, newest first">
        {versions.map((v) => (
          <li key={v.version} className={v.version === currentVersion ? 'is-current' : undefined}>
            <p>
              <strong>Version {v.version}</strong>
              {v.version === currentVersion ? ' (current)' : ''}
              {v.status === 'retired' ? ' — retired' : ''}
            </p>
            <p className="version-meta">
              {provenance(v)}
              {v.proposalId ? (
                <>
                  {' · '}
                  <Link to={`/proposals/${v.proposalId}`}>proposal</Link>
                </>
              ) : null}
            </p>
            {v.rationale ? <p className="quote">{v.rationale}</p> : null}
          </li>
        ))}
      </ol>
      {versions.length > 1 ? (
        <section aria-labelledby={`${id}-compare`}>
          <h3 id={`${id}-compare`}>Compare two versions</h3>
          <div className="compare-pickers">
            <VersionPicker label="From version" value={from} onChange={setFrom} versions={versions} />
            <VersionPicker label="To version" value={to} onChange={setTo} versions={versions} />
          </div>
          {a && b ? (
            <DefinitionDiff
              before={a}
              after={b}
              beforeLabel={`Version ${a.version}`}
              afterLabel={`Version ${b.version}`}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** "Proposed by Omar Haddad · approved by Dana Reyes on 1 Nov 2026"; seeded versions name no one. */
function provenance(v: SegmentVersion): string {
  const parts: string[] = [];
  if (v.proposedBy) parts.push(`Proposed by ${v.proposedBy}`);
  parts.push(
    v.approvedBy
      ? `approved by ${v.approvedBy} on ${formatDate(v.approvedAt)}`
      : `in force since ${formatDate(v.approvedAt)}`,
  );
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function VersionPicker({
  label,
  value,
  onChange,
  versions,
}: {
  label: string;
  value: number;
  onChange: (v: number) => void;
  versions: SegmentVersion[];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            Version {v.version} · {formatDate(v.approvedAt)}
          </option>
        ))}
      </select>
    </div>
  );
}
