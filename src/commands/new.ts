/**
 * `staat new ORGANISATIE VERSLAGJAAR`: a fresh Stand that carries over every open knelpunt of
 * the organisation's previous Stand, so nothing is lost between years. Never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Document, isMap, isSeq } from 'yaml';
import { indexRegisters } from '../check/registers.js';
import { didYouMean, suggest } from '../check/suggest.js';
import { arr, isOpen, obj } from '../check/values.js';
import { loadEntry } from '../load/load-tree.js';
import type { SourceFile } from '../load/source-file.js';
import { REGISTER_NAMES, walkContentTree, type RegisterName } from '../load/walk.js';
import { resolveContentRoot } from './content-args.js';
import { UsageError, type CliIO } from './io.js';

/** Fields carried over: the issue's id, titel, thema, status, plus what the schema requires. */
const CARRIED = ['id', 'titel', 'beschrijving', 'gevolgen', 'oplossingsrichting', 'thema', 'subthemas', 'actie_bij', 'opdrachtgever', 'status', 'eerste_melding', 'gedeeld_knelpunt', 'ketenpartners', 'doelgroepen', 'wetten', 'hardheid', 'urgentie'];

export function runNew(organisatie: string, yearText: string, options: { content?: string; quiet: boolean }, io: CliIO): number {
  if (!/^\d{4}$/.test(yearText)) throw new UsageError(`'${yearText}' is geen verslagjaar; geef een jaar, zoals 2025.`);
  const year = Number(yearText);
  const root = resolveContentRoot(io.cwd, options.content);
  const entries = walkContentTree(root);
  const registerFiles = new Map<RegisterName, SourceFile>();
  for (const e of entries) {
    if (e.kind !== 'register') continue;
    const file = loadEntry(e);
    if (file.register) registerFiles.set(file.register, file);
  }
  for (const name of REGISTER_NAMES) if (!registerFiles.has(name)) throw new UsageError(`registers/${name}.yaml ontbreekt; draai eerst staat lint.`);
  const registers = indexRegisters(registerFiles);
  if (!registers.organisaties.has(organisatie)) {
    const hint = suggest(organisatie, registers.candidates.organisaties);
    throw new UsageError(`Organisatie '${organisatie}' staat niet in registers/organisaties.yaml.${didYouMean(hint)}`);
  }

  const target = `standen/${year}/${organisatie}.md`;
  for (const ext of ['md', 'yaml']) {
    const path = `standen/${year}/${organisatie}.${ext}`;
    if (existsSync(join(root, path))) throw new UsageError(`${path} bestaat al; staat new overschrijft nooit. Werk dat bestand bij, of verwijder het eerst.`);
  }

  const previous = entries
    .filter((e) => e.kind === 'stand' && /^standen\/(\d+)\/([^/]+)\.(md|yaml)$/.exec(e.path)?.[2] === organisatie)
    .map((e) => ({ entry: e, year: Number(e.path.split('/')[1]) }))
    .filter((s) => Number.isInteger(s.year) && s.year < year)
    .sort((a, b) => b.year - a.year)[0];
  const previousFile = previous ? loadEntry(previous.entry) : undefined;
  if (previousFile && previousFile.data === undefined) {
    throw new UsageError(`De vorige Stand (${previousFile.path}) is niet leesbaar, dus er valt niets over te nemen. Los eerst de problemen op: staat lint ${previousFile.path}`);
  }
  const carried = arr(obj(previousFile?.data)['knelpunten'])
    .map(obj)
    .filter((k) => isOpen(k['status']));

  const text = standText(organisatie, year, carried, previousFile?.path);
  mkdirSync(dirname(join(root, target)), { recursive: true });
  writeFileSync(join(root, target), text, { flag: 'wx' });
  if (!options.quiet) {
    const shown = relative(io.cwd, join(root, target)) || target;
    io.stderr.write(
      `✔ ${shown} gemaakt${carried.length > 0 ? ` met ${carried.length} open ${carried.length === 1 ? 'knelpunt' : 'knelpunten'} uit ${previousFile?.path}` : ''}.\n  Werk de status en teksten bij, vul aan, en controleer met: staat lint ${shown}\n`,
    );
  }
  return 0;
}

function standText(organisatie: string, year: number, carried: Record<string, unknown>[], previousPath: string | undefined): string {
  const knelpunten = carried.map((k) => {
    const out: Record<string, unknown> = {};
    for (const field of CARRIED) if (k[field] !== undefined) out[field] = k[field];
    // A knelpunt that was new last year is not new any more.
    if (out['status'] === 'nieuw') out['status'] = 'in_analyse';
    return out;
  });
  const doc = new Document({
    organisatie,
    verslagjaar: year,
    titel: `Stand van de Uitvoering ${year}`,
    knelpunten,
    lichtpunten: [],
    dilemmas: [],
    kerncijfers: [],
  });
  doc.commentBefore = ` Stand van de Uitvoering ${year} van ${organisatie}. Gemaakt met staat new.`;
  const list = doc.get('knelpunten', true);
  if (isSeq(list)) {
    list.items.forEach((item, i) => {
      if (!isMap(item)) return;
      if (i === 0 && previousPath) item.commentBefore = ` Open knelpunten uit ${previousPath}: werk status en teksten bij voor ${year}.`;
    });
    if (list.items.length === 0) list.flow = true;
  }
  for (const key of ['lichtpunten', 'dilemmas', 'kerncijfers']) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  const yaml = doc.toString({ lineWidth: 0 });
  return `---\n${yaml}---\n\n## Samenvatting\n\nBeschrijf hier in een paar alinea's het beeld van ${year}: wat ging beter, wat knelt, en wat u nodig heeft.\n`;
}

