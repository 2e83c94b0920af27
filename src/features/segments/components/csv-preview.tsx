import { TableWrap } from '#src/components/ui/table-wrap';
import { formatCount } from '#src/lib/format';

const PREVIEW_ROWS = 10;

/** The header and the first rows exactly as read, so a wrong delimiter or header shows at once. */
export function CsvPreview({ table }: { table: string[][] }) {
  const [header = [], ...body] = table;
  const rows = body.slice(0, PREVIEW_ROWS);
  return (
    <TableWrap label="Rows read from the file">
      <table className="table">
        <caption>
          First {formatCount(rows.length)} of {formatCount(body.length)} rows
        </caption>
        <thead>
          <tr>
            {header.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
              <th scope="col" key={i}>
                {h || <span className="muted">(no name)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
            <tr key={r}>
              {header
                .map((_, i) => cells[i] ?? '')
                .map((c, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <td key={i}>{c}</td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
