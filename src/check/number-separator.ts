/**
 * `number-thousands-separator`: `waarde: 23.000` is Dutch for twenty-three thousand, but YAML
 * reads it as 23 and the report would silently show 23. In a numeric field, a number written
 * with dots between groups of three digits is reported with the number without dots.
 *
 * A value like `1.234.567` is not a YAML number at all (it would be a schema-type error about
 * "text"); that is the same mistake and gets this rule's message instead.
 */
import type { Scalar } from 'yaml';
import { reportAt, type SourceFile } from '../load/source-file.js';
import { forEachScalar } from '../load/yaml-walk.js';
import { describePointer } from './describe.js';
import { isNumeric, schemaAt } from './schema-at.js';
import { schemaNameOf } from './schema-name.js';

/** Groups of three after a first group of one to three digits that does not start with 0 (0.125 is a decimal). */
const THOUSANDS = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/;

/** @returns the pointers it reported, so the schema check does not report them again. */
export function checkThousandsSeparators(file: SourceFile): Set<string> {
  const reported = new Set<string>();
  if (!file.doc || file.data === undefined) return reported;
  const schema = schemaNameOf(file);
  forEachScalar(file.doc, (node, pointer, role) => {
    if (role !== 'value' || !isCandidate(node)) return;
    const text = sourceText(file, node);
    if (!THOUSANDS.test(text) || !isNumeric(schemaAt(schema, pointer))) return;
    const fixed = text.replace(/\./g, '').replace(/^\+/, '');
    const where = describePointer(pointer, file.data);
    const read = typeof node.value === 'number' ? `wordt gelezen als ${String(node.value)}` : 'is geen getal';
    reportAt(
      file,
      'number-thousands-separator',
      `${where.Field} is '${text}' en ${read}: in YAML is de punt een decimaalteken, geen scheiding tussen duizendtallen. Schrijf het getal zonder punten: ${fixed}.`,
      pointer,
      'value',
      { suggestions: [fixed] },
    );
    reported.add(pointer);
  });
  return reported;
}

/** Plain (unquoted) scalars only: a quoted "23.000" was meant as text. */
function isCandidate(node: Scalar): boolean {
  return node.type === 'PLAIN' && (typeof node.value === 'number' || typeof node.value === 'string');
}

function sourceText(file: SourceFile, node: Scalar): string {
  const r = node.range;
  return r ? file.yaml.slice(r[0], r[1]).trim() : '';
}
