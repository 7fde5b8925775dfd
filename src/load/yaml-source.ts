/**
 * Parses YAML 1.2 (a whole file or a front matter block) into data plus an AST that can
 * answer "where is this JSON pointer?" with exact offsets.
 */
import { mapYamlError } from './yaml-errors.js';
import type { Alias, Document, Node as YamlNode, Pair, Scalar } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/** Deeper than any Stand needs (about 6); a guard against hostile nesting. */
export const MAX_DEPTH = 64;
/** Aliases are legal YAML but no Stand needs many: this stops "billion laughs" expansion. */
export const MAX_ALIASES = 100;

export interface YamlProblem {
  ruleId: 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-too-complex';
  message: string;
  /** Offsets in the YAML text (not yet shifted to the file). */
  start: number;
  end: number;
}

export interface ParsedYaml {
  doc: Document.Parsed | undefined;
  data: unknown;
  problems: YamlProblem[];
}

export function parseYaml(yaml: string): ParsedYaml {
  const { parseDocument } = yamlLib();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yaml, { version: '1.2', uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  } catch {
    return { doc: undefined, data: undefined, problems: [tooComplex(0, Math.min(yaml.length, 1))] };
  }
  const problems: YamlProblem[] = [];
  // After the first syntax error the parser is guessing: its follow-on errors (a tab makes
  // three or four) are noise. Duplicate keys are each a mistake of their own.
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  // An unknown tag (`!!js/function`, `!foo`) is only a warning to the parser, which then reads
  // the value as text; a Stand is plain YAML, so the author should hear about it.
  const tags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  for (const err of [...doc.errors, ...tags]) {
    if (err.code !== 'DUPLICATE_KEY' && err.code !== 'TAG_RESOLVE_FAILED' && err !== firstSyntax) continue;
    // A key moved to the wrong indentation can land next to a key of the same name: the
    // duplicate after the syntax error is its consequence, one mistake gets one message.
    if (err.code === 'DUPLICATE_KEY' && firstSyntax && err.pos[0] >= firstSyntax.pos[0]) continue;
    const [start, end] = errorSpan(doc, yaml, err.code, err.pos);
    if (err.code === 'RESOURCE_EXHAUSTION') {
      problems.push(tooComplex(start, end));
      continue;
    }
    // The parser's place is where it got stuck; the mapping finds the cause (unless the span already names an unclosed quote).
    const mapped = err === firstSyntax && start === err.pos[0] && end === err.pos[1] ? mapYamlError(yaml, err.code, err.pos) : undefined;
    if (mapped) {
      problems.push({ ruleId: 'yaml-syntax', message: mapped.message, start: mapped.start, end: mapped.end });
      continue;
    }
    problems.push({ ruleId: err.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax', message: yamlErrorMessage(err.code, yaml, start), start, end });
  }
  if (problems.length > 0) return { doc, data: undefined, problems };
  const deep = tooDeep(doc.contents, 0);
  if (deep) return { doc: undefined, data: undefined, problems: [tooComplex(deep[0], deep[1])] };
  const key = complexKey(doc.contents);
  if (key) {
    return { doc, data: undefined, problems: [{ ruleId: 'yaml-syntax', message: 'Een veldnaam moet gewone tekst zijn, geen lijst of blok (zoals ? [a, b]). Schrijf de veldnaam uit, gevolgd door een dubbele punt.', start: key[0], end: key[1] }] };
  }
  try {
    return { doc, data: doc.toJS({ maxAliasCount: MAX_ALIASES }), problems };
  } catch (error) {
    // An alias without its anchor is a plain mistake, not an attack: point at that alias.
    const aliases = aliasNodes(doc);
    const message = error instanceof Error ? error.message : '';
    const unresolved = /^Unresolved alias/.test(message) ? aliases.find((a) => !hasAnchor(doc, a.source, a.range?.[0] ?? 0)) : undefined;
    if (unresolved?.range) {
      return { doc: undefined, data: undefined, problems: [{ ruleId: 'yaml-syntax', message: ERROR_TEXT['BAD_ALIAS']!, start: unresolved.range[0], end: unresolved.range[1] }] };
    }
    // Too many aliases: the first alias is where the expansion starts.
    const first = aliases[0]?.range;
    return { doc: undefined, data: undefined, problems: [first ? tooComplex(first[0], first[1]) : tooComplex(0, Math.min(yaml.length, 3))] };
  }
}

/**
 * A clearer span than the parser's one-character position: the whole key for a duplicate key,
 * the opening quote (to the end of its line) for a quoted text that is never closed.
 */
function errorSpan(doc: Document.Parsed, yaml: string, code: string, pos: [number, number]): [number, number] {
  const { visit } = yamlLib();
  let span: [number, number] = pos;
  if (code !== 'DUPLICATE_KEY' && code !== 'MISSING_CHAR') return span;
  try {
    visit(doc, {
      Pair(_, pair) {
        const k = (pair.key as YamlNode | null)?.range;
        if (code === 'DUPLICATE_KEY' && k && k[0] === pos[0]) span = [k[0], k[1]];
      },
      Scalar(_, node: Scalar) {
        const r = node.range;
        const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
        if (code === 'MISSING_CHAR' && quoted && r && r[0] < pos[0] && pos[0] <= r[2]) {
          const eol = yaml.indexOf('\n', r[0]);
          span = [r[0], eol === -1 ? yaml.length : eol];
        }
      },
    });
  } catch {
    // A document too deep to walk keeps the parser's position.
  }
  return span;
}

function aliasNodes(doc: Document.Parsed): Alias[] {
  const { visit } = yamlLib();
  const found: Alias[] = [];
  visit(doc, {
    Alias(_, node) {
      found.push(node);
    },
  });
  return found;
}

function hasAnchor(doc: Document.Parsed, name: string, before: number): boolean {
  const { visit } = yamlLib();
  let found = false;
  visit(doc, (_, node) => {
    const n = node as { anchor?: string; range?: [number, number, number] } | null;
    if (n?.anchor === name && (n.range?.[0] ?? Infinity) < before) found = true;
  });
  return found;
}

function tooComplex(start: number, end: number): YamlProblem {
  return {
    ruleId: 'yaml-too-complex',
    message: `Deze YAML is te diep genest of verwijst te vaak naar ankers (&/*). Schrijf de gegevens gewoon uit, zonder ankers en met hooguit ${MAX_DEPTH} niveaus.`,
    start,
    end,
  };
}

/**
 * Range of the first key that is a collection (`? [a, b]: x`). Legal YAML, but it has no meaning
 * in our format, and converting it prints an English warning of the yaml package.
 */
function complexKey(node: unknown): [number, number] | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (!isMap(node) && !isSeq(node)) return undefined;
  for (const item of node.items as unknown[]) {
    if (isPair(item) && item.key !== null && !isScalar(item.key)) {
      const r = (item.key as YamlNode).range;
      return r ? [r[0], r[1]] : [0, 1];
    }
    const hit = isPair(item) ? complexKey(item.value) : complexKey(item);
    if (hit) return hit;
  }
  return undefined;
}

/** Range of the first node nested deeper than MAX_DEPTH, if any. */
function tooDeep(node: unknown, depth: number): [number, number] | undefined {
  const { isMap, isPair, isSeq } = yamlLib();
  if (!isMap(node) && !isSeq(node)) return undefined;
  if (depth >= MAX_DEPTH) {
    const r = (node as YamlNode).range;
    return r ? [r[0], r[0] + 1] : [0, 1];
  }
  for (const item of node.items as unknown[]) {
    const children = isPair(item) ? [item.key, item.value] : [item];
    for (const child of children) {
      const hit = tooDeep(child, depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

const ERROR_TEXT: Record<string, string> = {
  DUPLICATE_KEY: 'Dit veld staat twee keer in hetzelfde blok. Verwijder of hernoem een van beide; anders is niet duidelijk welke waarde geldt.',
  TAB_AS_INDENT: 'Hier wordt met een tab ingesprongen. YAML staat alleen spaties toe: vervang de tab door spaties.',
  BAD_INDENT: 'De inspringing klopt hier niet. Zorg dat velden op hetzelfde niveau precies even ver inspringen (met spaties).',
  MISSING_CHAR: 'Hier ontbreekt een teken, bijvoorbeeld een afsluitend aanhalingsteken of haakje.',
  BAD_SCALAR_START: 'Een waarde mag niet met dit teken beginnen. Zet de hele waarde tussen aanhalingstekens.',
  MULTILINE_IMPLICIT_KEY: 'Een sleutel moet op één regel staan. Waarschijnlijk ontbreekt een dubbele punt of staat een waarde verkeerd ingesprongen.',
  BLOCK_AS_IMPLICIT_KEY: 'Hier staat een sleutel op een plek waar een waarde verwacht wordt. Controleer de dubbele punten en de inspringing.',
  UNEXPECTED_TOKEN: 'Hier staat een teken dat YAML op deze plek niet verwacht. Controleer de regel; zet tekst met bijzondere tekens tussen aanhalingstekens.',
  BAD_ALIAS: 'Dit anker of deze verwijzing (& of *) is ongeldig. Schrijf de waarde gewoon uit.',
  BAD_DIRECTIVE: 'Deze YAML-richtlijn (%) wordt niet ondersteund. Verwijder de regel.',
  DUPLICATE_ANCHOR: 'Dit anker (&) is al eerder gebruikt. Schrijf de waarde gewoon uit.',
  TAG_RESOLVE_FAILED: 'Deze YAML-tag (! of !!) wordt niet ondersteund en de waarde wordt als gewone tekst gelezen. Haal de tag weg en schrijf de waarde gewoon uit.',
};

function yamlErrorMessage(code: string, yaml: string, start: number): string {
  const known = ERROR_TEXT[code];
  if (known) return known;
  const near = yaml.slice(start, start + 20).split(/\r?\n/)[0] ?? '';
  return `De YAML is hier niet leesbaar${near ? ` (bij '${near}')` : ''}. Controleer dubbele punten, inspringing met spaties en aanhalingstekens.`;
}

export type LocateTarget = 'value' | 'key';

/**
 * Offsets [start, end) of the node a JSON pointer names. For 'key', the key of the last
 * segment (used for unknown properties). Falls back to the deepest existing ancestor.
 */
export function locate(doc: Document.Parsed, pointer: string, target: LocateTarget = 'value'): [number, number] {
  const { isMap, isScalar, isSeq } = yamlLib();
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc.contents;
  let fallback = rangeOf(node) ?? [0, 0];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] ?? '';
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p: Pair) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
      if (!pair) return fallback;
      if (last && target === 'key') return rangeOf(pair.key) ?? fallback;
      node = pair.value;
      // A key without a value (`titel:`) has no value node: point at the key.
      const valueRange = rangeOf(node);
      const r = valueRange && valueRange[1] > valueRange[0] ? valueRange : rangeOf(pair.key);
      if (!r) return fallback;
      fallback = r;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      const r = rangeOf(item);
      if (!r) return fallback;
      node = item;
      fallback = r;
    } else {
      return fallback;
    }
  }
  return fallback;
}

function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as YamlNode | null | undefined)?.range;
  if (!range) return undefined;
  // range[1] is where the value ends, before trailing comments.
  return [range[0], range[1]];
}

/**
 * Start offset of the `-` that opens item `index` of the sequence at `pointer`. The item's node
 * starts at its first key; the dash may sit earlier, even lines earlier with comments between.
 */
export function itemDashOffset(doc: Document.Parsed, yaml: string, pointer: string, index: number): number | undefined {
  const [start] = locate(doc, `${pointer}/${index}`);
  let i = start - 1;
  for (;;) {
    while (i >= 0 && (yaml[i] === ' ' || yaml[i] === '\t' || yaml[i] === '\n' || yaml[i] === '\r')) i--;
    if (i < 0) return start;
    const lineStart = yaml.lastIndexOf('\n', i) + 1;
    const line = yaml.slice(lineStart, i + 1);
    const dash = /^(\s*)-(?:\s+#.*)?$/.exec(line);
    if (dash) return lineStart + (dash[1]?.length ?? 0);
    // A comment line between the dash and the first key: keep looking upwards.
    if (line.trimStart().startsWith('#')) {
      i = lineStart - 1;
      continue;
    }
    return yaml[i] === '-' ? i : start;
  }
}
