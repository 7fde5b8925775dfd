/**
 * Splits a Markdown Stand into its YAML front matter and its body, keeping exact offsets so
 * every position we report is a position in the original file.
 *
 * We do not hand the text to gray-matter: it returns no offsets, and its default engines
 * evaluate `---js` front matter as code. A front matter block in any other language than YAML
 * is reported and never parsed, let alone evaluated.
 */

export type FrontMatterSplit =
  | {
      kind: 'yaml';
      /** The YAML text between the fences. */
      yaml: string;
      /** Offset of `yaml` in the file text. */
      yamlOffset: number;
      body: string;
      bodyOffset: number;
    }
  | { kind: 'missing' }
  | { kind: 'unclosed'; openLength: number }
  | { kind: 'language'; language: string; openLength: number };

const OPEN = /^---[ \t]*([A-Za-z0-9_-]*)[ \t]*(\r?\n|$)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(\r?\n|$)/gm;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = OPEN.exec(text);
  if (!open) return { kind: 'missing' };
  const language = (open[1] ?? '').toLowerCase();
  const openLine = open[0].replace(/\r?\n$/, '');
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    return { kind: 'language', language, openLength: openLine.length };
  }
  const yamlOffset = open[0].length;
  CLOSE.lastIndex = yamlOffset;
  const close = CLOSE.exec(text);
  if (!close) return { kind: 'unclosed', openLength: openLine.length };
  const bodyOffset = close.index + close[0].length;
  return {
    kind: 'yaml',
    yaml: text.slice(yamlOffset, close.index),
    yamlOffset,
    body: text.slice(bodyOffset),
    bodyOffset,
  };
}
