import { Fragment } from 'react';
import { Link } from 'react-router';
import { SENSITIVITY_LABELS } from '#domain/schemas/sensitivity';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { TableWrap } from '#src/components/ui/table-wrap';
import { formatDate } from '#src/lib/format';
import type { Attribute } from '#src/shared/queries/get-attributes';

type Props = {
  attributes: Attribute[];
  caption: string;
  /** The entry whose form is open (below the table, so a narrow screen scrolls the table alone). */
  editing: string | null;
  /** Only the owner accepts and edits; without it the table only reads. */
  onEdit?: (name: string) => void;
};

function SensitivityBadge({ attribute }: { attribute: Attribute }) {
  if (!attribute.sensitivity) return <Badge>Not yet classified</Badge>;
  const tone =
    attribute.sensitivity === 'none' ? 'neutral' : attribute.sensitivity === 'personal' ? 'warning' : 'danger';
  return <Badge tone={tone}>{SENSITIVITY_LABELS[attribute.sensitivity]}</Badge>;
}

/** Dictionary entries: what each attribute means, where it comes from, who answers for it, who uses it. */
export function AttributesTable({ attributes, caption, editing, onEdit }: Props) {
  return (
    <TableWrap label="Dictionary entries" className="attributes-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            <th scope="col">Definition</th>
            <th scope="col">Source and owner</th>
            <th scope="col">Sensitivity</th>
            <th scope="col">Used by</th>
            {onEdit ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {attributes.map((a) => (
            <tr key={a.name} className={editing === a.name ? 'is-selected' : undefined}>
              <th scope="row">
                <code>{a.name}</code>
                <span className="cell-sub">{a.type}</span>
              </th>
              <td className="attribute-definition">
                {a.definition ??
                  `First seen on a contact ${a.firstSeenAt ? `on ${formatDate(a.firstSeenAt)}` : ''}; no criteria may use it until it is accepted.`}
              </td>
              <td>
                {a.source ?? '—'}
                {a.owner ? <span className="cell-sub">{a.owner.name}</span> : null}
              </td>
              <td>
                <span className="badges">
                  <SensitivityBadge attribute={a} />
                  {a.consentFor.map((c) => (
                    <Badge key={c} tone="info">
                      Consent for {c}
                    </Badge>
                  ))}
                </span>
              </td>
              <td>
                {a.usedBy.length === 0
                  ? '—'
                  : a.usedBy.map((key, i) => (
                      <Fragment key={key}>
                        {i > 0 ? ', ' : ''}
                        <Link to={`/segments/${key}`}>{key}</Link>
                      </Fragment>
                    ))}
              </td>
              {onEdit ? (
                <td>
                  {editing === a.name ? null : (
                    <Button
                      variant={a.status === 'discovered' ? 'primary' : 'secondary'}
                      aria-label={`${a.status === 'discovered' ? 'Accept' : 'Edit'} ${a.name}`}
                      onClick={() => onEdit(a.name)}
                    >
                      {a.status === 'discovered' ? 'Accept' : 'Edit'}
                    </Button>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
