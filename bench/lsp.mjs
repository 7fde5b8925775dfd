#!/usr/bin/env node
// How fast does `staat lsp` answer an edit? On a generated tree of 60 organisations × 4 years
// it opens standen/2025/uwv.md (plus two more Standen), changes a thema back and forth and
// times each didChange until the publishDiagnostics of that version arrives (debounce
// included). Also: a burst of keystrokes (timed from the last one), and an unsaved register
// edit until the open Stand's diagnostics are renewed. The target is 300 ms.
//
//   npm run build:ts && node bench/lsp.mjs [--edits N] [--orgs N]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { generateTree } from './generate.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(benchDir, '..');
const { values: opts } = parseArgs({ options: { edits: { type: 'string', default: '40' }, orgs: { type: 'string', default: '60' } } });
const orgs = Number(opts.orgs);
const tree = join(benchDir, 'out', `lsp-${orgs}`);
if (!existsSync(join(tree, 'staat.yaml'))) {
  mkdirSync(tree, { recursive: true });
  const summary = generateTree({ orgs, years: 4, out: tree, seed: 1, lastYear: 2025 });
  process.stderr.write(`boom: ${summary.standen} Standen gegenereerd in ${tree}\n`);
}

const child = spawn(process.execPath, [join(repoRoot, 'bin', 'staat.js'), 'lsp', '--stdio'], { cwd: tree, stdio: ['pipe', 'pipe', 'inherit'] });
const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map(); // `${uri}#${version}` → resolve
const anyFor = new Map(); // uri → resolve (next publication, any version)
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  const key = `${p.uri}#${p.version}`;
  waiting.get(key)?.(p);
  waiting.delete(key);
  anyFor.get(p.uri)?.(p);
  anyFor.delete(p.uri);
});
conn.listen();
const next = (uri, version) => new Promise((r) => waiting.set(`${uri}#${version}`, r));
const nextAny = (uri) => new Promise((r) => anyFor.set(uri, r));
const uriOf = (path) => pathToFileURL(join(tree, path)).href;

await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(tree).href, capabilities: {} });
await conn.sendNotification('initialized', {});

const main = 'standen/2025/uwv.md';
const text = readFileSync(join(tree, main), 'utf8');
const lines = text.split('\n');
const themaLine = lines.findIndex((l) => /^\s+thema: /.test(l));
const themaCol = lines[themaLine].indexOf('thema: ') + 'thema: '.length;
let current = lines[themaLine].slice(themaCol);

let t = performance.now();
const first = next(uriOf(main), 1);
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(main), languageId: 'markdown', version: 1, text } });
await first;
const firstMs = performance.now() - t;
for (const other of ['standen/2024/uwv.md', 'standen/2025/svb.yaml']) {
  if (!existsSync(join(tree, other))) continue;
  const p = next(uriOf(other), 1);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(other), languageId: other.endsWith('.md') ? 'markdown' : 'yaml', version: 1, text: readFileSync(join(tree, other), 'utf8') } });
  await p;
}

let version = 1;
const change = (value) => {
  version += 1;
  const edit = { range: { start: { line: themaLine, character: themaCol }, end: { line: themaLine, character: themaCol + current.length } }, text: value };
  current = value;
  return conn.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(main), version }, contentChanges: [edit] });
};

const edits = [];
const original = current;
for (let i = 0; i < Number(opts.edits); i++) {
  const value = i % 2 === 0 ? `${original}x` : original; // unknown thema, then fixed again
  const p = next(uriOf(main), version + 1);
  t = performance.now();
  await change(value);
  const published = await p;
  edits.push(performance.now() - t);
  if ((i % 2 === 0) !== published.diagnostics.some((d) => d.code === 'unknown-thema')) throw new Error('unexpected diagnostics');
}

// Typing: five keystrokes 40 ms apart, timed from the last one.
const bursts = [];
for (let i = 0; i < 5; i++) {
  for (let k = 1; k <= 5; k++) {
    await change(`${original}${'abcde'.slice(0, k)}`);
    if (k < 5) await new Promise((r) => setTimeout(r, 40));
  }
  const p = next(uriOf(main), version);
  t = performance.now();
  await p;
  bursts.push(performance.now() - t);
  await change(original);
  await next(uriOf(main), version);
}

// An unsaved register edit reaches the open Stand.
const themas = 'registers/themas.yaml';
const registerText = readFileSync(join(tree, themas), 'utf8');
const registers = [];
for (let i = 0; i < 5; i++) {
  const p = nextAny(uriOf(main));
  t = performance.now();
  await conn.sendNotification(i === 0 ? 'textDocument/didOpen' : 'textDocument/didChange', i === 0 ? { textDocument: { uri: uriOf(themas), languageId: 'yaml', version: 1, text: registerText } } : { textDocument: { uri: uriOf(themas), version: i + 1 }, contentChanges: [{ text: `${registerText}\n# ${i}\n` }] });
  await p;
  registers.push(performance.now() - t);
}

await conn.sendRequest('shutdown');
await conn.sendNotification('exit');

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: +at(0.5).toFixed(1), p95: +at(0.95).toFixed(1), max: +s[s.length - 1].toFixed(1) };
};
const results = { orgs, firstDiagnosticsMs: +firstMs.toFixed(0), edit: stats(edits), typingBurst: stats(bursts), registerEdit: stats(registers) };
mkdirSync(join(benchDir, 'out'), { recursive: true });
writeFileSync(join(benchDir, 'out', 'lsp-results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(
  `staat lsp, ${orgs} organisaties × 4 jaar\n` +
    `  eerste diagnostics na openen (inlezen boom): ${results.firstDiagnosticsMs} ms\n` +
    `  wijziging → diagnostics (incl. ${'debounce'}): mediaan ${results.edit.median} ms, p95 ${results.edit.p95} ms, max ${results.edit.max} ms (n=${results.edit.n})\n` +
    `  na 5 toetsaanslagen, vanaf de laatste: mediaan ${results.typingBurst.median} ms, max ${results.typingBurst.max} ms\n` +
    `  register gewijzigd → Stand opnieuw: mediaan ${results.registerEdit.median} ms, max ${results.registerEdit.max} ms\n`,
);
