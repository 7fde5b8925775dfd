/**
 * `invisible-character` (format.md): characters pasted from Word or a web page that look like
 * a space or like nothing, and typographic quotes used as YAML quotes. `thema: ict` with a
 * non-breaking space reads as an unknown thema that looks exactly like the right one; the
 * message names the character and its code point, and the code frame shows it.
 *
 * Error where it changes meaning: in the YAML syntax itself (indentation, after a colon, as
 * quotes), in keys, ids, register references and enum values. Warning inside free text, where
 * it only changes how the text wraps. The messages a character causes further on (a syntax
 * error, an unknown thema) are dropped by `dropInvisibleConsequences`: one cause, one message.
 */
import type { Diagnostic } from '../lint/diagnostic.js';
import { report, type SourceFile } from '../load/source-file.js';
import { forEachScalar, type ScalarRole } from '../load/yaml-walk.js';
import { schemaAt } from './schema-at.js';
import { schemaNameOf } from './schema-name.js';

const NAMES: Record<string, string> = {
  '\u00a0': 'een harde spatie',
  '\u200b': 'een onzichtbare spatie (zero width space)',
  '\u200c': 'een onzichtbaar teken (zero width non-joiner)',
  '\u200d': 'een onzichtbaar teken (zero width joiner)',
  '\ufeff': 'een onzichtbaar teken (byte order mark)',
  '“': 'een typografisch aanhalingsteken “',
  '”': 'een typografisch aanhalingsteken ”',
  '‘': 'een typografisch aanhalingsteken ‘',
  '’': 'een typografisch aanhalingsteken ’',
  '„': 'een typografisch aanhalingsteken „',
};

const INVISIBLE = /[\u00a0\u200b-\u200d\ufeff]/g;
/** A typographic quote where YAML expects a value to start: after `: `, `- `, `[` or `,`. */
const QUOTE_AS_YAML = /(^|:[ \t\u00a0]+|^[ \t]*-[ \t]+|[[,][ \t]*)([“”‘’„])/g;

/** Fields whose value is a code (a register reference or an id), where a stray character breaks the match. */
const CODE_FIELDS = new Set(['id', 'organisatie', 'thema', 'subthemas', 'ketenpartners', 'organisaties', 'opdrachtgever', 'opdrachtgevers', 'eigenaar', 'opvolger', 'gedeeld_knelpunt', 'oproepen', 'actie_bij', 'status', 'urgentie', 'herkomst', 'doelgroepen', 'type']);

const codePoint = (ch: string): string => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

interface Hit {
  offset: number;
  ch: string;
  where: 'inspringing' | 'na-dubbele-punt' | 'aanhalingsteken' | 'veldnaam' | 'code' | 'tekst' | 'yaml';
}

export function checkInvisibleCharacters(file: SourceFile): void {
  if (file.yaml === '' && !file.body) return;
  const scalars = scalarIndex(file);
  const hits: Hit[] = [];
  let offset = 0;
  for (const text of file.yaml.split('\n')) {
    const lineStart = offset;
    offset += text.length + 1;
    for (const m of text.matchAll(INVISIBLE)) {
      const col = m.index ?? 0;
      if (lineStart + col === 0 && m[0] === '\ufeff' && file.yamlOffset === 0) continue; // a BOM is not "inside" the file
      hits.push({ offset: lineStart + col, ch: m[0], where: classify(file, scalars, text, col, lineStart + col) });
    }
    for (const m of text.matchAll(QUOTE_AS_YAML)) {
      const col = (m.index ?? 0) + (m[1]?.length ?? 0);
      // Inside a text (`"Hij zei: “nee”"`) it is just a quote; only a value that starts with it is wrong.
      const inside = scalars.find((sc) => sc.start <= lineStart + col && lineStart + col < sc.end);
      if (inside && inside.start !== lineStart + col) continue;
      hits.push({ offset: lineStart + col, ch: m[2] ?? '', where: 'aanhalingsteken' });
    }
  }
  for (const h of hits) reportHit(file, h, file.yamlOffset + h.offset);
  // The Markdown body is free text: a warning, so a reader knows why a line wraps oddly.
  if (file.body) {
    for (const m of file.body.markdown.matchAll(INVISIBLE)) {
      reportHit(file, { offset: m.index ?? 0, ch: m[0], where: 'tekst' }, file.body.offset + (m.index ?? 0));
    }
  }
}

interface ScalarInfo {
  start: number;
  end: number;
  role: ScalarRole;
  pointer: string;
  block: boolean;
}

function scalarIndex(file: SourceFile): ScalarInfo[] {
  const out: ScalarInfo[] = [];
  if (!file.doc || !file.yaml.match(/[\u00a0\u200b-\u200d\ufeff“”‘’„]/)) return out;
  forEachScalar(file.doc, (node, pointer, role) => {
    if (node.range) out.push({ start: node.range[0], end: node.range[1], role, pointer, block: node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' });
  });
  return out;
}

function classify(file: SourceFile, scalars: ScalarInfo[], line: string, col: number, offset: number): Hit['where'] {
  const before = line.slice(0, col);
  const scalar = scalars.find((s) => s.start <= offset && offset < s.end);
  if (scalar?.block) return isCode(file, scalar.pointer) ? 'code' : 'tekst';
  if (/^[ \t\u00a0\u200b-\u200d\ufeff-]*$/.test(before)) return 'inspringing';
  if (/:[ \t\u00a0\u200b-\u200d\ufeff]*$/.test(before) && (!scalar || scalar.start >= offset)) return 'na-dubbele-punt';
  if (!scalar) return 'yaml';
  if (scalar.role === 'key') return 'veldnaam';
  return isCode(file, scalar.pointer) ? 'code' : 'tekst';
}

function isCode(file: SourceFile, pointer: string): boolean {
  const segs = pointer.split('/');
  const last = segs[segs.length - 1] ?? '';
  const field = /^\d+$/.test(last) ? (segs[segs.length - 2] ?? '') : last;
  if (CODE_FIELDS.has(field)) return true;
  const schema = schemaAt(schemaNameOf(file), pointer);
  return schema?.enum !== undefined || schema?.pattern !== undefined || schema?.format !== undefined;
}

const PLACE: Record<Hit['where'], string> = {
  inspringing: 'in de inspringing',
  'na-dubbele-punt': 'na de dubbele punt',
  aanhalingsteken: 'als aanhalingsteken om een waarde',
  veldnaam: 'in een veldnaam',
  code: 'in een code',
  tekst: 'in de tekst',
  yaml: 'in de YAML',
};

function reportHit(file: SourceFile, h: Hit, at: number): void {
  const name = `${NAMES[h.ch] ?? 'een onzichtbaar teken'} (${codePoint(h.ch)})`;
  const error = h.where !== 'tekst';
  let fix: string;
  if (h.where === 'aanhalingsteken') fix = 'YAML kent alleen de rechte aanhalingstekens " en \'. Vervang het (en het sluitende) door " of laat ze weg.';
  else if (h.ch === '\u00a0') fix = error ? 'YAML ziet dat niet als spatie, zodat de waarde niet meer klopt. Vervang het door een gewone spatie (of haal het weg).' : 'Het is onzichtbaar en meestal meegekomen bij kopiëren uit Word; vervang het door een gewone spatie als dat niet de bedoeling was.';
  else fix = error ? 'Het is onzichtbaar, maar hoort bij de waarde, zodat die niet meer klopt. Haal het weg.' : 'Het is onzichtbaar en meestal meegekomen bij kopiëren; haal het weg.';
  const message = `Hier staat ${name} ${PLACE[h.where]}. ${fix}`;
  report(file, 'invisible-character', message, at, at + h.ch.length, undefined, error ? {} : { severity: 'warning' });
}

/** Rules whose message an invisible character or a typographic quote can cause. */
const CONSEQUENCES = /^(yaml-syntax|unknown-|schema-|register-unknown-|file-name-mismatch|opdrachtgever-not-in-driehoek|duplicate-stand|organisatie-not-active)/;

/**
 * Drops the messages a reported invisible character caused: a syntax error on its line or the
 * next one, and any message whose range contains it.
 */
export function dropInvisibleConsequences(file: SourceFile): void {
  const causes = file.diagnostics.filter((d) => d.ruleId === 'invisible-character' && d.severity === 'error');
  if (causes.length === 0) return;
  const caused = (d: Diagnostic): boolean =>
    d.ruleId !== 'invisible-character' &&
    CONSEQUENCES.test(d.ruleId) &&
    causes.some((c) =>
      d.ruleId === 'yaml-syntax'
        ? c.line >= d.line - 1 && c.line <= d.line + 1
        : contains(d, c),
    );
  file.diagnostics = file.diagnostics.filter((d) => !caused(d));
}

function contains(outer: Diagnostic, inner: Diagnostic): boolean {
  const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 <= c2);
  return before(outer.line, outer.column, inner.line, inner.column) && before(inner.endLine, inner.endColumn, outer.endLine, outer.endColumn);
}
