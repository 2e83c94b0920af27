import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT_KINDS } from '#domain/schemas/strings';

/**
 * The client half of "retired language is flagged wherever people write" (docs/rules.md, "Retired
 * language"): every text control the app's source renders is found by reading the source, not from
 * a list. A <textarea> or a text <input> is either the linted text field's own, or says which kind
 * of plain text it holds with data-plain-text; prose goes through LintedTextField.
 */

const SRC = path.resolve(import.meta.dirname, '../..');
const LINTED_FIELD = path.join(SRC, 'shared/linted-text/linted-text-field.tsx');
const TEXT_TYPES = new Set(['text', 'search']);

type Control = { where: string; tag: string; plainText: string | null };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.tsx') && !e.name.endsWith('.test.tsx') ? [full] : [];
  });
}

const attribute = (el: ts.JsxOpeningLikeElement, name: string) =>
  el.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === name);

/** A literal attribute's value; undefined when absent, null when it is an expression. */
function literal(el: ts.JsxOpeningLikeElement, name: string): string | null | undefined {
  const attr = attribute(el, name);
  if (!attr) return undefined;
  return attr.initializer && ts.isStringLiteral(attr.initializer) ? attr.initializer.text : null;
}

function textControls(file: string): Control[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Control[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText();
      const type = literal(node, 'type');
      const isText =
        tag === 'textarea' || (tag === 'input' && (type === undefined || type === null || TEXT_TYPES.has(type)));
      if (isText) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({
          where: `${path.relative(SRC, file)}:${line}`,
          tag,
          plainText: literal(node, 'data-plain-text') ?? null,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = sourceFiles(SRC);
const controls = files.filter((f) => f !== LINTED_FIELD).flatMap(textControls);

describe('every text control the app renders', () => {
  it('is found by reading the source', () => {
    expect(textControls(LINTED_FIELD).map((c) => c.tag)).toEqual(['textarea']);
    expect(controls.length).toBeGreaterThan(10);
  });

  it('is a linted text field, or declares a kind of plain text the product knows', () => {
    const kinds = Object.keys(PLAIN_TEXT_KINDS);
    const undeclared = controls.filter((c) => c.plainText === null || !kinds.includes(c.plainText));
    expect(undeclared.map((c) => `${c.tag} at ${c.where}`).join('\n')).toBe('');
  });

  it('leaves no multi-line field unlinted but criteria written as JSON and the glossary’s own words', () => {
    const plainAreas = controls.filter((c) => c.tag === 'textarea');
    expect(plainAreas.map((c) => c.plainText).sort()).toEqual(['criteria', 'glossary', 'glossary']);
  });
});
