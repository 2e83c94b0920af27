import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * One shape for server code (docs/architecture.md, "A server feature"), checked over the source
 * itself: every service takes (db, actor, input), and transactions are opened in one place.
 */
const root = path.resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter(keep);
}

type Exported = { file: string; name: string; params: string[] };

/** Every exported function of a file, declared or assigned to a const, with its parameter names. */
function exportedFunctions(file: string): Exported[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Exported[] = [];
  const exported = (node: ts.Node) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const names = (fn: ts.SignatureDeclarationBase) => fn.parameters.map((p) => p.name.getText(source));
  for (const statement of source.statements) {
    if (!exported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      out.push({ file, name: statement.name.text, params: names(statement) });
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) {
          out.push({ file, name: d.name.getText(source), params: names(init) });
        }
      }
    }
  }
  return out;
}

// `npm run audit:verify` walks the chain with no app and no caller (docs/operations.md).
const WITHOUT_CALLER = new Set(['server/features/audit/audit.service.ts#verifyChain']);

describe('server code has one shape', () => {
  it('every service function takes (db, actor, input): the database first, the caller named actor, one input', () => {
    const services = filesUnder('server/features', (f) => f.endsWith('.service.ts')).flatMap(exportedFunctions);
    expect(services.length).toBeGreaterThan(40);
    const odd = services
      .filter((f) => !WITHOUT_CALLER.has(`${f.file}#${f.name}`))
      .filter(
        ({ params }) =>
          !['db', 'tx'].includes(params[0] ?? '') ||
          !['actor', '_actor'].includes(params[1] ?? '') ||
          params.length > 3,
      )
      .map((f) => `${f.file}#${f.name}(${f.params.join(', ')})`);
    expect(odd).toEqual([]);
  });

  it('opens transactions only through core/db.ts', () => {
    // pool-guard.ts wraps the driver's own transaction (releasing the client when BEGIN fails); it
    // opens none itself.
    const allowed = new Set([path.join('server', 'core', 'db.ts'), path.join('server', 'db', 'pool-guard.ts')]);
    const opening = filesUnder('server', (f) => f.endsWith('.ts') && !allowed.has(f)).filter((f) =>
      /\.transaction\(/.test(readFileSync(path.join(root, f), 'utf8')),
    );
    expect(opening).toEqual([]);
  });
});
