#!/usr/bin/env node
// The single-threaded floor of a build: what any tool must at least do with this tree. It reads
// every file, parses all YAML (the `yaml` package, as staat does) and renders the edition's
// Markdown (knelpunten, lichtpunten, dilemma's, samenvatting) with the same unified pipeline,
// writing nothing. No positions, no checks, no templates, no threads, no cache.
//   node bench/floor.mjs TREE
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { parse } from 'yaml';

const tree = process.argv[2];
if (!tree) {
  process.stderr.write('Gebruik: node bench/floor.mjs BOOM\n');
  process.exit(2);
}
const edition = parse(readFileSync(join(tree, 'staat.yaml'), 'utf8'));
for (const name of readdirSync(join(tree, 'registers'))) parse(readFileSync(join(tree, 'registers', name), 'utf8'));
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);
let html = 0;
const render = (markdown) => {
  if (typeof markdown === 'string' && markdown.trim() !== '') html += String(processor.processSync(markdown)).length;
};
for (const year of readdirSync(join(tree, 'standen')).sort()) {
  for (const name of readdirSync(join(tree, 'standen', year)).sort()) {
    const text = readFileSync(join(tree, 'standen', year, name), 'utf8');
    let data;
    let body;
    if (name.endsWith('.md')) {
      const end = text.indexOf('\n---', 4);
      data = parse(text.slice(4, end));
      body = text.slice(text.indexOf('\n', end + 1) + 1);
    } else {
      data = parse(text);
      body = data.samenvatting;
    }
    if (data.verslagjaar !== edition.verslagjaar) continue;
    render(body);
    for (const k of data.knelpunten ?? []) for (const field of ['beschrijving', 'gevolgen', 'oplossingsrichting']) render(k[field]);
    for (const item of [...(data.lichtpunten ?? []), ...(data.dilemmas ?? [])]) render(item.beschrijving);
  }
}
process.stderr.write(`floor: ${html} tekens HTML\n`);
