#!/usr/bin/env node
// Reads a content tree and prints it as ONE JSON document for the Python oracle
// (Python's standard library has no YAML parser). Deliberately independent of src/:
// it only uses the `yaml` package, the same YAML 1.2 reader the format prescribes.
//   node test/oracle/dump-content.mjs <content-root>
// Output: { edition, registers: {ministeries, organisaties, themas, oproepen},
//           standen: [{ path, data, knelpuntLines: [1-based line of each knelpunt's `-`] }] }
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: dump-content.mjs <content-root>\n');
  process.exit(2);
}

function parse(text, what) {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`${what}: ${doc.errors[0].message}`);
  return doc;
}

function readYaml(rel) {
  return parse(readFileSync(join(root, rel), 'utf8'), rel).toJS();
}

/** 1-based line number of a character offset. */
function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * The line of the `-` that opens each item of the `knelpunten` sequence. The item's map
 * node starts at its first key; walking back over blanks and comments reaches the dash,
 * which may sit on the same line (`- id: x`) or on an earlier one (`-\n  id: x`).
 */
function knelpuntLines(doc, yamlText, lineOffset) {
  const seq = isMap(doc.contents) ? doc.contents.get('knelpunten', true) : undefined;
  if (!isSeq(seq)) return [];
  return seq.items.map((item) => {
    let pos = item?.range?.[0] ?? 0;
    let i = pos - 1;
    while (i >= 0) {
      const ch = yamlText[i];
      if (ch === '-') { pos = i; break; }
      if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') { i--; continue; }
      // A comment line between dash and key: skip to the start of that line.
      const lineStart = yamlText.lastIndexOf('\n', i) + 1;
      if (yamlText.slice(lineStart, i + 1).trimStart().startsWith('#')) { i = lineStart - 1; continue; }
      break; // flow style or something unexpected: keep the node's own start
    }
    return lineAt(yamlText, pos) + lineOffset;
  });
}

/** Splits a `.md` Stand into its front matter (between the first two `---` lines) and the line offset. */
function frontMatter(text) {
  const lines = text.split('\n');
  if ((lines[0] ?? '').replace(/\r$/, '').trimEnd() !== '---') throw new Error('no front matter');
  const end = lines.findIndex((l, i) => i > 0 && l.replace(/\r$/, '').trimEnd() === '---');
  if (end < 0) throw new Error('unterminated front matter');
  return { yaml: lines.slice(1, end).join('\n') + '\n', offset: 1 };
}

const edition = readYaml('staat.yaml');
const registers = {};
for (const name of ['ministeries', 'organisaties', 'themas', 'oproepen']) {
  registers[name] = readYaml(`registers/${name}.yaml`) ?? [];
}

const standen = [];
const standenDir = join(root, 'standen');
for (const year of readdirSync(standenDir).sort()) {
  const dir = join(standenDir, year);
  if (!statSync(dir).isDirectory()) continue;
  for (const file of readdirSync(dir).sort()) {
    const m = /^(.+)\.(md|yaml)$/.exec(file);
    if (!m) continue;
    const rel = `standen/${year}/${file}`;
    const text = readFileSync(join(dir, file), 'utf8');
    let yamlText = text;
    let offset = 0;
    if (m[2] === 'md') ({ yaml: yamlText, offset } = frontMatter(text));
    const doc = parse(yamlText, rel);
    standen.push({ path: rel, data: doc.toJS(), knelpuntLines: knelpuntLines(doc, yamlText, offset) });
  }
}

process.stdout.write(JSON.stringify({ edition, registers, standen }));
