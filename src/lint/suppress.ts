/**
 * Suppression comments (format.md): `# staat-disable-next-line <ruleId> -- <reden>` on the line
 * directly above the line where a warning or info starts. An error is never suppressed: the
 * report must not be built from content with errors, whatever a comment says.
 *
 * Suppressed messages stay in the result, marked, because `json` and `sarif` keep them; the
 * counts and the other formats leave them out (diagnostic.ts `unsuppressed`). A comment that
 * suppresses nothing is `unused-suppression`, one without a reason `suppression-without-reason`.
 */
import { report, type SourceFile } from '../load/source-file.js';
import { forEachScalar } from '../load/yaml-walk.js';

const MARKER = 'staat-disable-next-line';
const COMMENT = /^[ \t]*#[ \t]*staat-disable-next-line(?=[ \t]|$)(.*)$/;

interface Suppression {
  /** Offsets in the file text of the comment, from `#` to the end of its line. */
  start: number;
  end: number;
  /** 1-based line of the comment. */
  line: number;
  ruleId: string;
  reason: string;
}

/* A file checked again (staat dev, the language server) must not get its comment warnings twice. */
const applied = new WeakSet<SourceFile>();

export function applySuppressions(file: SourceFile): void {
  if (applied.has(file) || !file.yaml.includes(MARKER)) return;
  applied.add(file);
  for (const s of findComments(file)) apply(file, s);
}

function apply(file: SourceFile, s: Suppression): void {
  if (s.reason === '') {
    report(file, 'suppression-without-reason', `Bij deze uitzondering staat geen reden. Schrijf achter de regel-id ' -- ' en waarom de melding hier niet klopt, bijvoorbeeld: # ${MARKER} ${s.ruleId || '<regel>'} -- <reden>.`, s.start, s.end);
  }
  if (s.ruleId === '') {
    report(file, 'unused-suppression', `Deze uitzondering noemt geen regel en onderdrukt dus niets. Schrijf de regel-id uit de melding erachter: # ${MARKER} <regel> -- <reden>.`, s.start, s.end);
    return;
  }
  const targets = file.diagnostics.filter((d) => d.line === s.line + 1 && d.ruleId === s.ruleId && d.suppression === undefined);
  const allowed = targets.filter((d) => d.severity !== 'error');
  for (const d of allowed) d.suppression = { reason: s.reason };
  if (allowed.length > 0) return;
  const why =
    targets.length > 0
      ? `'${s.ruleId}' is hier een fout, en een fout kan niet worden onderdrukt: los de fout op en haal deze regel weg.`
      : `Op de regel hieronder staat geen melding '${s.ruleId}'. Haal deze uitzondering weg, of zet haar direct boven de regel waar de melding begint.`;
  report(file, 'unused-suppression', `Deze uitzondering onderdrukt niets. ${why}`, s.start, s.end);
}

function findComments(file: SourceFile): Suppression[] {
  const found: Suppression[] = [];
  const insideText = scalarRanges(file);
  let offset = file.yamlOffset;
  for (const text of file.yaml.split('\n')) {
    const lineStart = offset;
    offset += text.length + 1;
    const m = COMMENT.exec(text.replace(/\r$/, ''));
    if (!m) continue;
    const hash = lineStart + text.indexOf('#');
    // A line like this inside a block of text (`beschrijving: |`) is text, not a comment.
    if (insideText.some(([a, b]) => a <= hash - file.yamlOffset && hash - file.yamlOffset < b)) continue;
    const rest = m[1] ?? '';
    const sep = /(?:^|[ \t])--(?:[ \t]|$)/.exec(rest);
    const ruleId = (sep ? rest.slice(0, sep.index) : rest).trim();
    const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : '';
    found.push({ start: hash, end: lineStart + text.replace(/\r$/, '').length, line: file.positions.at(hash).line, ruleId, reason });
  }
  return found;
}

/** [start, end) of every scalar in the YAML text, comments excluded. */
function scalarRanges(file: SourceFile): [number, number][] {
  const ranges: [number, number][] = [];
  if (!file.doc) return ranges;
  forEachScalar(file.doc, (node) => {
    if (node.range) ranges.push([node.range[0], node.range[1]]);
  });
  return ranges;
}
