/**
 * Turns the `yaml` parser's first syntax error into the mistake a person made, with the place
 * to fix it and the fix in Dutch. The parser reports where it got stuck, which is often not
 * where the mistake is: an unquoted `: ` in a sentence is reported at the start of the
 * sentence, an indentation slip on the line above. These heuristics look at the text around
 * the parser's position to name the cause:
 *
 * - `titel: Wachttijd WIA: lang` → at the second colon: put the text in quotes;
 * - `thema:ict` → at the colon: a space belongs after it;
 * - a line indented more or less than its neighbours → on that line, with both indentations.
 *
 * Anything else keeps the general message for the parser's error code.
 */

export interface MappedError {
  start: number;
  end: number;
  message: string;
}

interface Line {
  start: number;
  /** Without the line break. */
  text: string;
}

function lineAt(yaml: string, offset: number): Line {
  const s = offset <= 0 ? 0 : yaml.lastIndexOf('\n', offset - 1) + 1;
  const eol = yaml.indexOf('\n', s);
  return { start: s, text: yaml.slice(s, eol === -1 ? yaml.length : eol).replace(/\r$/, '') };
}

function nextLine(yaml: string, line: Line): Line | undefined {
  const after = line.start + line.text.length;
  const nl = yaml.indexOf('\n', after);
  if (nl === -1) return undefined;
  return lineAt(yaml, nl + 1);
}

function previousLine(yaml: string, line: Line): Line | undefined {
  if (line.start === 0) return undefined;
  return lineAt(yaml, yaml.lastIndexOf('\n', line.start - 2) + 1);
}

const blank = (l: Line): boolean => /^\s*(#.*)?$/.test(l.text);

/** Columns of leading spaces, and of the content after any `- ` item markers. */
function indentOf(text: string): number {
  return /^ */.exec(text)?.[0].length ?? 0;
}

function contentIndent(text: string): number {
  return /^[ ]*(?:-[ ]+)*/.exec(text)?.[0].length ?? 0;
}

function nearestContent(yaml: string, line: Line, step: typeof nextLine): Line | undefined {
  let l = step(yaml, line);
  while (l && blank(l)) l = step(yaml, l);
  return l;
}

/** The key (or first word) of a line, for pointing at it: from its first character to the colon. */
function keySpan(line: Line): [number, number] {
  const first = contentIndent(line.text);
  const colon = line.text.indexOf(':', first);
  const end = colon > first ? colon : line.text.length;
  return [line.start + first, line.start + Math.max(end, first + 1)];
}

function spaces(n: number): string {
  return n === 1 ? '1 spatie' : `${n} spaties`;
}

/** An unquoted `: ` (or a colon at the end) in `text` from index `from`, outside a comment. */
function valueColon(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '#' && (i === 0 || text[i - 1] === ' ')) return -1;
    if (ch === ':' && (i + 1 === text.length || text[i + 1] === ' ' || text[i + 1] === '\t')) return i;
  }
  return -1;
}

/** `key:value` with no space: the first colon directly followed by something else than a space. */
function missingSpace(line: Line): number {
  const first = contentIndent(line.text);
  const m = /^([^\s:#"'[{][^\s:]*):(?=[^\s:/])/.exec(line.text.slice(first));
  if (!m) return -1;
  // `https://…` as a whole line is a value, not a key without a space.
  return line.start + first + (m[1]?.length ?? 0);
}

function quoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function colonInValue(yaml: string, pos: number): MappedError | undefined {
  const line = lineAt(yaml, pos);
  const inLine = pos - line.start;
  const before = line.text.slice(0, inLine);
  // The value must follow a key on the same line (`titel: …`) or a list dash (`- …`).
  if (!/(?::[ \t]+|^[ ]*-[ ]+)$/.test(before)) return undefined;
  const colon = valueColon(line.text, inLine);
  if (colon < 0) return undefined;
  const comment = / #/.exec(line.text.slice(inLine));
  const value = line.text.slice(inLine, comment ? inLine + comment.index : undefined).trim();
  const fixed = `${before.trim()} ${quoted(value)}`.trim();
  return {
    start: line.start + colon,
    end: line.start + colon + 1,
    message:
      `Deze dubbele punt met een spatie erna maakt van de tekst een nieuw veld. Zet de tekst tussen aanhalingstekens: ${fixed}`,
  };
}

function indentation(yaml: string, wrong: Line, why: 'more' | 'less' | 'other'): MappedError {
  const [start, end] = keySpan(wrong);
  const above = nearestContent(yaml, wrong, previousLine);
  const own = indentOf(wrong.text);
  const theirs = above ? contentIndent(above.text) : 0;
  const compare = above ? ` De regel erboven begint na ${spaces(theirs)}.` : '';
  const fix =
    why === 'more'
      ? ' Hoort deze regel bij het veld erboven, zet die tekst dan tussen aanhalingstekens of op één regel; is het een eigen veld, laat het dan even ver inspringen als de velden ernaast.'
      : ' Velden van hetzelfde blok (bijvoorbeeld één knelpunt) springen precies even ver in, met spaties.';
  return {
    start,
    end,
    message: `De inspringing van deze regel klopt niet: hij begint na ${spaces(own)}.${compare}${fix}`,
  };
}

function noSpaceAfterColon(line: Line): MappedError | undefined {
  const colon = missingSpace(line);
  if (colon < 0) return undefined;
  const first = contentIndent(line.text);
  const key = line.text.slice(first, colon - line.start);
  const value = line.text.slice(colon - line.start + 1).trim();
  return {
    start: colon,
    end: colon + 1,
    message: `Na de dubbele punt hoort een spatie: schrijf '${key}: ${value}'. Zonder spatie leest YAML '${key}:${value}' als één tekst.`,
  };
}

/**
 * @param code the parser's error code; @param pos its [start, end) in `yaml`.
 * @returns a better place and message, or undefined to keep the general one.
 */
export function mapYamlError(yaml: string, code: string, pos: [number, number]): MappedError | undefined {
  const line = lineAt(yaml, pos[0]);
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY': {
      const colon = colonInValue(yaml, pos[0]);
      if (colon) return colon;
      // No second colon on this line: the next line, indented further, continued the value.
      const next = nearestContent(yaml, line, nextLine);
      if (next && indentOf(next.text) > contentIndent(line.text)) return indentation(yaml, next, 'more');
      return undefined;
    }
    case 'MULTILINE_IMPLICIT_KEY': {
      const noSpace = noSpaceAfterColon(line);
      if (noSpace) return noSpace;
      const next = nearestContent(yaml, line, nextLine);
      const above = nearestContent(yaml, line, previousLine);
      // A line indented less than the text it belongs to (a block of text, then a stray line).
      if (above && next && indentOf(line.text) < indentOf(above.text)) return indentation(yaml, line, 'less');
      return undefined;
    }
    case 'MISSING_CHAR': {
      const noSpace = noSpaceAfterColon(line);
      if (noSpace) return noSpace;
      // "Sequence item without - indicator": the parser stops at the start of the wrong line.
      if (/^ *$/.test(line.text.slice(0, pos[0] - line.start)) && !blank(line) && !/^\s*["']/.test(yaml.slice(pos[0]))) {
        return indentation(yaml, line, 'other');
      }
      return undefined;
    }
    case 'BAD_INDENT':
      return blank(line) ? undefined : indentation(yaml, line, 'other');
    default:
      return undefined;
  }
}
