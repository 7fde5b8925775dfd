/**
 * Where in the YAML the cursor is, while the text is being typed and often does not parse:
 * the path of keys (and `*` for list items) to the value or key under the cursor. Block YAML
 * says its structure through indentation, so the lines above the cursor are enough; no parser
 * is needed, and a half-written line never hides the context.
 */

interface Element {
  col: number;
  /** A key (`thema:`); undefined for a list dash (`- `). */
  key?: string;
}

interface LineShape {
  elements: Element[];
  /** What follows the last dash or key. */
  rest: string;
  restCol: number;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?=[ \t]|$)/;

/** The dashes and key that open a line; undefined for blank and comment lines. */
function shape(line: string): LineShape | undefined {
  let i = 0;
  while (line[i] === ' ') i++;
  if (i >= line.length || line[i] === '#') return undefined;
  const elements: Element[] = [];
  for (;;) {
    if (line[i] === '-' && (i + 1 === line.length || line[i + 1] === ' ')) {
      elements.push({ col: i });
      i++;
      while (line[i] === ' ') i++;
      continue;
    }
    const key = KEY.exec(line.slice(i));
    if (key) {
      elements.push({ col: i, key: key[1] ?? '' });
      i += key[0].length;
      while (line[i] === ' ' || line[i] === '\t') i++;
    }
    break;
  }
  return { elements, rest: line.slice(i), restCol: i };
}

const segment = (e: Element): string => e.key ?? '*';

/**
 * The path of the mapping or list that holds a node starting at `col` on line `lineNo`; the
 * node itself is a dash when `outerIsDash`. Undefined inside a block scalar (`|`, `>`) or
 * where the structure is not block YAML.
 */
function containerPath(lines: readonly string[], lineNo: number, col: number, outerIsDash: boolean): string[] | undefined {
  const path: string[] = [];
  for (let n = lineNo - 1; n >= 0 && (col > 0 || outerIsDash); n--) {
    const s = shape(lines[n] ?? '');
    if (!s || s.elements.length === 0) continue; // continuation of a text over several lines
    const first = s.elements[0]!.col;
    const last = s.elements[s.elements.length - 1]!;
    const valueAfter = s.rest !== '' && !s.rest.startsWith('#');
    if (first < col) {
      const containers = s.elements.filter((e) => e.col < col);
      const outer = containers[containers.length - 1]!;
      if (outer.key !== undefined && valueAfter) return undefined; // text of a `key: |` block, or a flow over lines
      path.unshift(...containers.map(segment));
      col = first;
      outerIsDash = s.elements[0]!.key === undefined;
    } else if (first === col && outerIsDash && s.elements.length === 1 && last.key !== undefined && !valueAfter) {
      // `knelpunten:` whose list starts at the same indentation
      path.unshift(last.key);
      outerIsDash = false;
      if (col === 0) break;
    }
  }
  return path;
}

export type CursorContext =
  /** Typing a value: replace [start, end) on the line with a value for `path`. */
  | { kind: 'value'; path: string[]; start: number; end: number; text: string }
  /** Typing a key in the mapping at `path`. */
  | { kind: 'key'; path: string[]; start: number; end: number; text: string };

/** The token around `at` in a flow list or after a colon: [start, end) on the line. */
function tokenAround(line: string, from: number, at: number): [number, number] {
  let start = at;
  while (start > from && !/[\s,[\]"']/.test(line[start - 1] ?? '')) start--;
  let end = at;
  while (end < line.length && !/[\s,[\]"'#]/.test(line[end] ?? '')) end++;
  return [start, end];
}

/** What is being typed at (line, character) of the YAML text, for completion. */
export function completionContext(yaml: string, line: number, character: number): CursorContext | undefined {
  const lines = yaml.split('\n').map((l) => l.replace(/\r$/, ''));
  const full = lines[line] ?? '';
  const before = full.slice(0, character);
  const s = shape(before);
  if (!s) {
    // An empty line: a key of the mapping at this indentation.
    if (before.trim() !== '' && !/^\s*$/.test(before)) return undefined;
    const path = containerPath(lines, line, before.length, false);
    return path && { kind: 'key', path, start: character, end: character, text: '' };
  }
  const above = (): string[] | undefined => containerPath(lines, line, s.elements[0]?.col ?? s.restCol, s.elements[0]?.key === undefined && s.elements.length > 0);
  const prefix = above();
  if (!prefix) return undefined;
  const last = s.elements[s.elements.length - 1];
  const chain = [...prefix, ...s.elements.map(segment)];
  if (last?.key !== undefined) {
    // After `key:`: the value, or an item of a flow list `key: [a, b`.
    const flow = s.rest.lastIndexOf('[');
    const [start, end] = tokenAround(full, s.restCol, character);
    if (s.rest.startsWith('[') && !s.rest.slice(flow).includes(']')) return { kind: 'value', path: [...chain, '*'], start, end, text: full.slice(start, end) };
    if (/^[|>]/.test(s.rest)) return undefined;
    return { kind: 'value', path: chain, start, end, text: full.slice(start, end) };
  }
  const [start, end] = tokenAround(full, s.restCol, character);
  if (s.rest.includes(':') || s.rest.startsWith('#')) return undefined;
  if (s.elements.length === 0) {
    // A bare word: the start of a key in the mapping at this indentation.
    const path = containerPath(lines, line, s.restCol, false);
    return path && { kind: 'key', path, start, end, text: full.slice(start, end) };
  }
  // After `- `: an item of a list; the caller decides from the schema whether it is a value
  // or the first key of a mapping.
  return { kind: 'value', path: chain, start, end, text: full.slice(start, end) };
}

export interface HoverTarget {
  /** Path to the field (a key) or to the value under the cursor. */
  path: string[];
  /** The scalar under the cursor, when it is a value. */
  value?: string;
  start: number;
  end: number;
}

/** The key or value under (line, character) of the YAML text, for hover. */
export function hoverTarget(yaml: string, line: number, character: number): HoverTarget | undefined {
  const lines = yaml.split('\n').map((l) => l.replace(/\r$/, ''));
  const full = lines[line] ?? '';
  const s = shape(full);
  if (!s || s.elements.length === 0) return undefined;
  const prefix = containerPath(lines, line, s.elements[0]!.col, s.elements[0]!.key === undefined);
  if (!prefix) return undefined;
  const path = [...prefix];
  for (const e of s.elements) {
    path.push(segment(e));
    if (e.key !== undefined && character >= e.col && character < e.col + e.key.length) return { path, start: e.col, end: e.col + e.key.length };
  }
  if (character < s.restCol || s.rest === '' || s.rest.startsWith('#')) return undefined;
  const [start, end] = tokenAround(full, s.restCol, character);
  if (start === end) return undefined;
  const inFlow = s.rest.startsWith('[');
  return { path: inFlow ? [...path, '*'] : path, value: full.slice(start, end), start, end };
}
