/**
 * One wrong and one right case per rule id. A case changes a few files of the base tree
 * (test/fixtures/base); `expect` is the exact set of messages the wrong case must produce,
 * located by a needle in the case's own text (so the reader sees what is pointed at).
 */
import { base, type CaseFiles } from './harness.js';

export interface Where {
  path: string;
  /** Text in the file; the message spans it (or `inner` inside it). */
  needle: string;
  inner?: string;
  occurrence?: number;
  /** Only check the start (for ranges that cover a whole block). */
  startOnly?: boolean;
  /** An explicit position instead of a needle (for whole-file problems). */
  line?: number;
  column?: number;
}

export interface Expected extends Where {
  ruleId?: string;
  suggestions?: string[];
}

export interface RuleCase {
  ruleId: string;
  /** A second case for the same rule (another place the rule looks at). */
  variant?: string;
  wrong: CaseFiles;
  expect: Expected[];
  exitCode: number;
  right: CaseFiles;
}

/** Replace `from` by `to`; a case whose anchor text vanished must fail loudly, not pass. */
export function sub(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return text.replace(from, to);
}

const UWV = 'standen/2024/uwv.md';
const UWV23 = 'standen/2023/uwv.md';
const SVB = 'standen/2024/svb.yaml';
const RVO = 'standen/2024/rvo.md';
const ORGS = 'registers/organisaties.yaml';
const MINS = 'registers/ministeries.yaml';
const THEMAS = 'registers/themas.yaml';

const uwv = base(UWV);
const uwv23 = base(UWV23);
const svb = base(SVB);
const orgs = base(ORGS);
const mins = base(MINS);
const themas = base(THEMAS);

/** A minimal valid Stand of `org` in YAML. */
export function yamlStand(org: string, year: number, extra = ''): string {
  return `organisatie: ${org}
verslagjaar: ${year}
knelpunten:
  - id: een-knelpunt
    titel: Een knelpunt van ${org}
    beschrijving: Iets gaat mis.
    gevolgen: Mensen merken het.
    oplossingsrichting: Iets doen.
    thema: niet-gebruik
    actie_bij: [opdrachtnemer]
    status: nieuw
${extra}`;
}

const TITEL_121 = 'x'.repeat(121);

const DUP_KNELPUNT = `  - id: aow-buitenland
    titel: Nog een knelpunt met dezelfde id
    beschrijving: Iets.
    gevolgen: Iets.
    oplossingsrichting: Iets.
    thema: niet-gebruik
    actie_bij: [opdrachtnemer]
    status: in_analyse
lichtpunten:`;

const OTHER_KNELPUNT = DUP_KNELPUNT.replace('id: aow-buitenland', 'id: aow-binnenland');

export const RULE_CASES: RuleCase[] = [
  // --- YAML and front matter ---
  {
    ruleId: 'yaml-syntax',
    // An unclosed quote: pointed at from the opening quote to the end of its line.
    wrong: { [UWV23]: sub(uwv23, 'beschrijving: Er zijn te weinig artsen.', 'beschrijving: "Er zijn te weinig artsen.') },
    expect: [{ path: UWV23, needle: '"Er zijn te weinig artsen.' }],
    exitCode: 1,
    right: { [UWV23]: sub(uwv23, 'beschrijving: Er zijn te weinig artsen.', 'beschrijving: "Er zijn te weinig artsen."') },
  },
  {
    ruleId: 'yaml-syntax',
    variant: 'tab indentation',
    wrong: { [SVB]: sub(svb, '  - id: proactieve-aio\n    titel', '  - id: proactieve-aio\n\ttitel') },
    expect: [{ path: SVB, needle: '\ttitel', inner: '\t' }],
    exitCode: 1,
    right: { [SVB]: sub(svb, '    titel: Proactieve AIO', '    titel: "Proactieve\tAIO"') },
  },
  {
    ruleId: 'yaml-syntax',
    variant: 'alias without anchor',
    wrong: { [SVB]: sub(svb, 'thema: niet-gebruik', 'thema: *thema') },
    expect: [{ path: SVB, needle: '*thema' }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'thema: niet-gebruik', 'thema: "*niet-gebruik"').replace('"*niet-gebruik"', 'niet-gebruik') },
  },
  {
    ruleId: 'yaml-duplicate-key',
    wrong: { [SVB]: sub(svb, 'verslagjaar: 2024\n', 'verslagjaar: 2024\nverslagjaar: 2024\n') },
    expect: [{ path: SVB, needle: 'verslagjaar', occurrence: 2 }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'verslagjaar: 2024\n', 'verslagjaar: 2024\ntitel: Stand 2024\n') },
  },
  {
    ruleId: 'front-matter-missing',
    wrong: { [UWV23]: uwv23.replace(/^---\n/, '') },
    expect: [{ path: UWV23, needle: 'organisatie: uwv' }],
    exitCode: 1,
    right: { [UWV23]: uwv23 },
  },
  {
    ruleId: 'front-matter-missing',
    variant: 'unclosed',
    wrong: { [UWV23]: uwv23.replace(/\n---\n/, '\n') },
    expect: [{ path: UWV23, needle: '---' }],
    exitCode: 1,
    right: { [UWV23]: uwv23.replace(/\n---\n/, '\n...\n') },
  },
  {
    ruleId: 'front-matter-language',
    wrong: { [UWV23]: `---js\n{ organisatie: (() => { throw new Error('uitgevoerd') })() }\n---\nTekst.\n` },
    expect: [{ path: UWV23, needle: '---js' }],
    exitCode: 1,
    right: { [UWV23]: uwv23.replace(/^---\n/, '---yaml\n') },
  },
  {
    ruleId: 'samenvatting-in-md',
    wrong: { [UWV]: sub(uwv, 'knelpunten:\n', 'samenvatting: Dubbel.\nknelpunten:\n') },
    expect: [{ path: UWV, needle: 'samenvatting' }],
    exitCode: 1,
    right: { [UWV]: sub(uwv, 'knelpunten:\n', 'titel: Dubbel.\nknelpunten:\n').replace('titel: Stand van de Uitvoering 2024\n', '') },
  },

  // --- References into the registers ---
  {
    ruleId: 'unknown-organisatie',
    wrong: { [SVB]: sub(svb, 'ketenpartners: [uwv]', 'ketenpartners: [UVW]') },
    expect: [{ path: SVB, needle: '[UVW]', inner: 'UVW', suggestions: ['uwv'] }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'ketenpartners: [uwv]', 'ketenpartners: [uwv, toeslagen]') },
  },
  {
    ruleId: 'unknown-organisatie',
    variant: 'organisatie field, by synonym',
    wrong: { 'standen/2024/kinderbijslag.yaml': yamlStand('kinderbijslag', 2024) },
    expect: [{ path: 'standen/2024/kinderbijslag.yaml', needle: 'organisatie: kinderbijslag', inner: 'kinderbijslag', suggestions: ['svb'] }],
    exitCode: 1,
    right: { 'standen/2024/toeslagen.yaml': yamlStand('toeslagen', 2024) },
  },
  {
    ruleId: 'unknown-organisatie',
    variant: 'lichtpunt organisaties',
    wrong: { [SVB]: sub(svb, 'organisaties: [uwv]', 'organisaties: [uwv, Toeslágen]') },
    expect: [{ path: SVB, needle: 'Toeslágen', suggestions: ['toeslagen'] }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'organisaties: [uwv]', 'organisaties: [uwv, toeslagen]') },
  },
  {
    ruleId: 'unknown-thema',
    wrong: { [UWV]: sub(uwv, 'thema: capaciteit-personeel', 'thema: gegevensdeling') },
    expect: [{ path: UWV, needle: 'thema: gegevensdeling', inner: 'gegevensdeling', suggestions: ['gegevensuitwisseling'] }],
    exitCode: 1,
    right: { [UWV]: sub(uwv, 'thema: capaciteit-personeel', 'thema: gegevensuitwisseling') },
  },
  {
    ruleId: 'unknown-thema',
    variant: 'subthemas, lichtpunt and dilemma',
    wrong: {
      [UWV]: sub(uwv, 'subthemas: [complexe-regelgeving]', 'subthemas: [complexe-regelgeving, niet-gebruík]'),
      [SVB]: sub(svb, 'thema: niet-gebruik', 'thema: Complexiteit').replace(/(dilemmas:[\s\S]*thema: )complexe-regelgeving/, '$1personeelstekort'),
    },
    expect: [
      { path: UWV, needle: 'niet-gebruík', suggestions: ['niet-gebruik'] },
      { path: SVB, needle: 'thema: Complexiteit', inner: 'Complexiteit', suggestions: ['complexe-regelgeving'] },
      { path: SVB, needle: 'thema: personeelstekort', inner: 'personeelstekort', suggestions: ['capaciteit-personeel'] },
    ],
    exitCode: 1,
    right: { [UWV]: sub(uwv, 'subthemas: [complexe-regelgeving]', 'subthemas: [complexe-regelgeving, niet-gebruik]') },
  },
  {
    ruleId: 'unknown-ministerie',
    wrong: { [SVB]: sub(svb, 'opdrachtgever: szw', 'opdrachtgever: SWZ') },
    expect: [{ path: SVB, needle: 'opdrachtgever: SWZ', inner: 'SWZ', suggestions: ['szw'] }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'opdrachtgever: szw', 'opdrachtgever: vws') },
  },
  {
    ruleId: 'unknown-ministerie',
    variant: 'register driehoek and opvolger',
    wrong: {
      [ORGS]: sub(orgs, 'opdrachtgevers: [szw, vws]\n- id: toeslagen', 'opdrachtgevers: [szw, volksgezondheid]\n- id: toeslagen'),
      [MINS]: sub(mins, 'opvolger: ez', 'opvolger: economische-zaken'),
    },
    expect: [
      { path: ORGS, needle: 'volksgezondheid', suggestions: ['vws'] },
      { path: MINS, needle: 'economische-zaken', suggestions: ['ez', 'ezk'] },
    ],
    exitCode: 1,
    right: { [ORGS]: orgs, [MINS]: mins },
  },
  {
    ruleId: 'file-name-mismatch',
    wrong: { 'standen/2024/dienst-toeslagen.yaml': yamlStand('toeslagen', 2024) },
    expect: [{ path: 'standen/2024/dienst-toeslagen.yaml', needle: 'organisatie: toeslagen', inner: 'toeslagen' }],
    exitCode: 1,
    right: { 'standen/2024/toeslagen.yaml': yamlStand('toeslagen', 2024) },
  },
  {
    ruleId: 'file-name-mismatch',
    variant: 'folder',
    wrong: { 'standen/2023/toeslagen.yaml': yamlStand('toeslagen', 2024) },
    expect: [{ path: 'standen/2023/toeslagen.yaml', needle: 'verslagjaar: 2024', inner: '2024' }],
    exitCode: 1,
    right: { 'standen/2023/toeslagen.yaml': yamlStand('toeslagen', 2023) },
  },
  {
    ruleId: 'duplicate-stand',
    wrong: { 'standen/2024/uwv.yaml': uwv.split('---\n')[1]! },
    expect: [
      { path: UWV, needle: 'organisatie: uwv', inner: 'uwv' },
      { path: 'standen/2024/uwv.yaml', needle: 'organisatie: uwv', inner: 'uwv' },
    ],
    exitCode: 1,
    right: { 'standen/2024/toeslagen.yaml': yamlStand('toeslagen', 2024) },
  },
  {
    ruleId: 'duplicate-knelpunt-id',
    wrong: { [SVB]: sub(svb, 'lichtpunten:', DUP_KNELPUNT) },
    expect: [{ path: SVB, needle: 'id: aow-buitenland', inner: 'aow-buitenland', occurrence: 2 }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'lichtpunten:', OTHER_KNELPUNT) },
  },
  {
    ruleId: 'duplicate-knelpunt-id',
    variant: 'lichtpunten',
    wrong: { [SVB]: sub(svb, 'dilemmas:', '  - id: proactieve-aio\n    titel: Twee\n    beschrijving: Twee.\ndilemmas:') },
    expect: [{ path: SVB, needle: 'id: proactieve-aio', inner: 'proactieve-aio', occurrence: 2 }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'dilemmas:', '  - id: reactieve-aio\n    titel: Twee\n    beschrijving: Twee.\ndilemmas:') },
  },

  // --- The driehoek ---
  {
    ruleId: 'opdrachtgever-not-in-driehoek',
    wrong: { [SVB]: sub(svb, 'opdrachtgever: szw', 'opdrachtgever: fin') },
    expect: [{ path: SVB, needle: 'opdrachtgever: fin', inner: 'fin', suggestions: ['szw', 'vws'] }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'opdrachtgever: szw', 'opdrachtgever: vws') },
  },
  {
    ruleId: 'opdrachtgever-ambiguous',
    wrong: { [SVB]: sub(svb, '    opdrachtgever: szw\n', '') },
    expect: [{ path: SVB, needle: '[politiek, opdrachtgever]', suggestions: ['szw', 'vws'] }],
    exitCode: 0,
    right: { [SVB]: sub(sub(svb, '    opdrachtgever: szw\n', ''), '[politiek, opdrachtgever]', '[politiek]') },
  },
  {
    ruleId: 'organisatie-not-active',
    wrong: { 'standen/2024/cjib.yaml': yamlStand('cjib', 2024) },
    expect: [{ path: 'standen/2024/cjib.yaml', needle: 'verslagjaar: 2024', inner: '2024' }],
    exitCode: 1,
    right: { 'standen/2023/cjib.yaml': yamlStand('cjib', 2023) },
  },

  // --- Continuity ---
  {
    ruleId: 'eerste-melding-after-verslagjaar',
    wrong: { [UWV]: sub(uwv, 'eerste_melding: 2023', 'eerste_melding: 2025') },
    expect: [{ path: UWV, needle: 'eerste_melding: 2025', inner: '2025' }],
    exitCode: 1,
    right: { [UWV]: sub(uwv, 'eerste_melding: 2023', 'eerste_melding: 2024') },
  },
  {
    ruleId: 'status-nieuw-but-known',
    wrong: { [UWV]: sub(uwv, 'status: in_uitvoering', 'status: nieuw') },
    expect: [{ path: UWV, needle: 'status: nieuw', inner: 'nieuw' }],
    exitCode: 0,
    right: { [UWV23]: sub(uwv23, 'status: in_uitvoering', 'status: nieuw') },
  },
  {
    ruleId: 'knelpunt-verdwenen',
    wrong: { [UWV]: sub(uwv, 'id: tekort-artsen', 'id: artsentekort') },
    expect: [{ path: UWV, needle: 'knelpunten' }],
    exitCode: 0,
    // Closed in 2023 (opgelost) and then left out: nothing vanished.
    right: { [UWV23]: sub(uwv23, 'status: in_uitvoering', 'status: opgelost'), [UWV]: sub(uwv, 'id: tekort-artsen', 'id: artsentekort') },
  },
  {
    ruleId: 'missing-oplossingsrichting',
    wrong: { [SVB]: sub(svb, '    oplossingsrichting: Eenvoudiger regels.\n', '') },
    expect: [{ path: SVB, needle: 'id: aow-buitenland', startOnly: true }],
    exitCode: 0,
    right: { [SVB]: svb },
  },
  {
    ruleId: 'empty-knelpunten',
    wrong: { 'standen/2024/toeslagen.yaml': 'organisatie: toeslagen\nverslagjaar: 2024\nknelpunten: []\n' },
    expect: [{ path: 'standen/2024/toeslagen.yaml', needle: '[]' }],
    exitCode: 0,
    right: { 'standen/2024/toeslagen.yaml': yamlStand('toeslagen', 2024) },
  },
  {
    ruleId: 'gedeeld-knelpunt-single',
    wrong: { [UWV]: sub(uwv, 'gedeeld_knelpunt: personeelstekort', 'gedeeld_knelpunt: personeelstekorten') },
    expect: [
      { path: UWV, needle: 'personeelstekorten', suggestions: ['personeelstekort'] },
      { path: RVO, needle: 'personeelstekort', suggestions: ['personeelstekorten'] },
    ],
    exitCode: 0,
    right: { [UWV]: uwv },
  },
  {
    ruleId: 'raw-html',
    wrong: { [UWV]: uwv.replace('De samenvatting van UWV over 2024.', 'De samenvatting <b>vet</b> van UWV.') },
    // Inline HTML: the opening and the closing tag are separate nodes.
    expect: [{ path: UWV, needle: '<b>' }, { path: UWV, needle: '</b>' }],
    exitCode: 0,
    right: { [UWV]: uwv.replace('De samenvatting van UWV over 2024.', 'De samenvatting **vet** van UWV, 3 < 4.') },
  },
  {
    ruleId: 'raw-html',
    variant: 'YAML field',
    wrong: { [SVB]: sub(svb, 'beschrijving: Elk land heeft andere regels.', 'beschrijving: Elk land <script>alert(1)</script> heeft regels.') },
    expect: [{ path: SVB, needle: '<script>' }, { path: SVB, needle: '</script>' }],
    exitCode: 0,
    right: { [SVB]: sub(svb, 'beschrijving: Elk land heeft andere regels.', 'beschrijving: Elk land `<script>` heeft regels.') },
  },

  // --- Registers ---
  {
    ruleId: 'register-duplicate-id',
    wrong: { [THEMAS]: `${themas}- id: niet-gebruik\n  naam: Nog eens\n  omschrijving: Dubbel.\n  oproepen: [O4]\n` },
    expect: [{ path: THEMAS, needle: 'id: niet-gebruik', inner: 'niet-gebruik', occurrence: 2 }],
    exitCode: 1,
    right: { [THEMAS]: `${themas}- id: niet-gebruik-2\n  naam: Nog eens\n  omschrijving: Dubbel.\n  oproepen: [O4]\n` },
  },
  {
    ruleId: 'register-period-overlap',
    wrong: { [ORGS]: sub(orgs, '      opdrachtgevers: [szw]\n', '      opdrachtgevers: [szw]\n    - vanaf: 2010\n      eigenaar: szw\n      opdrachtgevers: [szw]\n') },
    expect: [{ path: ORGS, needle: 'vanaf: 2010', inner: '2010' }],
    exitCode: 1,
    right: { [ORGS]: sub(orgs, '    - vanaf: 2002\n', '    - vanaf: 2002\n      tot: 2009\n').replace('      opdrachtgevers: [szw]\n', '      opdrachtgevers: [szw]\n    - vanaf: 2010\n      eigenaar: szw\n      opdrachtgevers: [szw]\n') },
  },
  {
    ruleId: 'register-unknown-ministerie',
    wrong: { [ORGS]: sub(orgs, '      tot: 2023\n      eigenaar: bzk', '      tot: 2023\n      eigenaar: ez') },
    expect: [{ path: ORGS, needle: 'eigenaar: ez\n', inner: 'ez', occurrence: 2 }],
    exitCode: 1,
    right: { [ORGS]: sub(orgs, '      tot: 2023\n      eigenaar: bzk', '      tot: 2023\n      eigenaar: ezk') },
  },
  {
    ruleId: 'register-period-order',
    wrong: { [ORGS]: sub(orgs, '    - vanaf: 2020\n      tot: 2023\n      eigenaar: bzk', '    - vanaf: 2020\n      tot: 2019\n      eigenaar: bzk') },
    expect: [{ path: ORGS, needle: 'tot: 2019', inner: '2019' }],
    exitCode: 1,
    right: { [ORGS]: sub(orgs, '    - vanaf: 2020\n      tot: 2023\n      eigenaar: bzk', '    - vanaf: 2020\n      tot: 2020\n      eigenaar: bzk') },
  },
  {
    ruleId: 'register-period-order',
    variant: 'ministry',
    wrong: { [MINS]: sub(mins, '  vanaf: 2017\n  tot: 2024', '  vanaf: 2017\n  tot: 2016') },
    expect: [{ path: MINS, needle: 'tot: 2016', inner: '2016' }, { path: ORGS, needle: 'eigenaar: ezk', inner: 'ezk', ruleId: 'register-unknown-ministerie' }, { path: ORGS, needle: 'opdrachtgevers: [ezk]', inner: 'ezk', ruleId: 'register-unknown-ministerie' }],
    exitCode: 1,
    right: { [MINS]: sub(mins, '  vanaf: 2017\n  tot: 2024', '  vanaf: 2017\n  tot: 2025') },
  },
  {
    ruleId: 'register-missing',
    wrong: { 'registers/oproepen.yaml': null },
    expect: [{ path: 'registers/oproepen.yaml', needle: '', line: 1, column: 1 }],
    exitCode: 1,
    right: {},
  },

  // --- Hostile input ---
  {
    ruleId: 'yaml-too-complex',
    wrong: {
      [SVB]: sub(svb, 'kerncijfers:', `extra: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nkerncijfers:`),
    },
    // The first alias is where the expansion starts.
    expect: [{ path: SVB, needle: '*a' }],
    exitCode: 1,
    // A few aliases are fine.
    right: { [SVB]: sub(sub(svb, 'thema: complexe-regelgeving\n    actie_bij', 'thema: &hoofd complexe-regelgeving\n    actie_bij'), 'thema: complexe-regelgeving\nkerncijfers', 'thema: *hoofd\nkerncijfers') },
  },
  {
    ruleId: 'yaml-too-complex',
    variant: 'deep nesting',
    wrong: { [SVB]: `${'['.repeat(200)}${']'.repeat(200)}\n` },
    // The first list deeper than the limit (64).
    expect: [{ path: SVB, needle: '[', line: 1, column: 65 }],
    exitCode: 1,
    right: { [SVB]: svb },
  },
  {
    ruleId: 'file-too-large',
    wrong: { [SVB]: `${svb}# ${'x'.repeat(1024 * 1024)}\n` },
    expect: [{ path: SVB, needle: '', line: 1, column: 1 }],
    exitCode: 1,
    right: { [SVB]: `${svb}# ${'x'.repeat(512 * 1024)}\n` },
  },
  {
    ruleId: 'file-binary',
    wrong: { [SVB]: Buffer.concat([Buffer.from(svb), Buffer.from([0, 1, 2, 0xff, 0])]) },
    expect: [{ path: SVB, needle: '', line: 1, column: 1 }],
    exitCode: 1,
    right: { [SVB]: Buffer.from(svb) },
  },
  {
    ruleId: 'file-encoding',
    wrong: { [SVB]: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(svb, 'utf16le')]) },
    expect: [{ path: SVB, needle: '', line: 1, column: 1 }],
    exitCode: 1,
    right: { [SVB]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(svb)]) },
  },
  {
    ruleId: 'file-encoding',
    variant: 'Latin-1',
    wrong: { [SVB]: Buffer.from(sub(svb, 'Eenvoudiger regels.', 'Eenvoudiger regels, zoals één loket.'), 'latin1') },
    expect: [{ path: SVB, needle: '', line: 1, column: 1 }],
    exitCode: 1,
    right: { [SVB]: Buffer.from(sub(svb, 'Eenvoudiger regels.', 'Eenvoudiger regels, zoals één loket.'), 'utf8') },
  },
  {
    ruleId: 'symlink-outside-root',
    wrong: { 'standen/2024/svb.yaml': { symlink: 'outside/geheim.yaml' } },
    expect: [{ path: SVB, needle: '', line: 1, column: 1 }],
    exitCode: 1,
    // A link that stays inside the root is followed.
    right: { 'svb-bron.yaml': svb, [SVB]: { symlink: 'content/svb-bron.yaml' } },
  },
  {
    ruleId: 'unexpected-file',
    wrong: { 'standen/2024/toeslagen-notities.docx': 'Notities' },
    expect: [{ path: 'standen/2024/toeslagen-notities.docx', needle: '', line: 1, column: 1 }],
    exitCode: 0,
    right: { 'standen/2024/.toeslagen.yaml.swp': 'x', 'LEESMIJ.txt': 'Notities' },
  },
  {
    ruleId: 'stand-misplaced',
    wrong: { 'standen/2024/toeslagen.yml': yamlStand('toeslagen', 2024) },
    expect: [{ path: 'standen/2024/toeslagen.yml', needle: '', line: 1, column: 1 }],
    exitCode: 1,
    right: { 'standen/2024/toeslagen.yaml': yamlStand('toeslagen', 2024) },
  },
  {
    ruleId: 'file-unreadable',
    // A folder where a register should be a file: it cannot be read as one.
    wrong: { 'registers/themas.yaml': null, 'registers/themas.yaml/x.yaml': 'x' },
    expect: [{ path: 'registers/themas.yaml', needle: '', line: 1, column: 1 }],
    exitCode: 1,
    right: {},
  },


  // --- Schema ---
  {
    ruleId: 'schema-required',
    wrong: { [SVB]: sub(svb, '    status: in_analyse\n', '') },
    // The parent mapping of the missing field: the knelpunt.
    expect: [{ path: SVB, needle: 'id: aow-buitenland', startOnly: true }],
    exitCode: 1,
    right: { [SVB]: svb },
  },
  {
    ruleId: 'schema-additional-properties',
    wrong: { [SVB]: sub(svb, 'thema: complexe-regelgeving\n', 'thema: complexe-regelgeving\n    thmea: complexe-regelgeving\n') },
    expect: [{ path: SVB, needle: 'thmea', suggestions: ['thema'] }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'thema: complexe-regelgeving\n', 'thema: complexe-regelgeving\n    subthemas: [niet-gebruik]\n') },
  },
  {
    ruleId: 'schema-type',
    wrong: { [SVB]: sub(svb, 'verslagjaar: 2024', 'verslagjaar: "2024"') },
    expect: [{ path: SVB, needle: '"2024"' }],
    exitCode: 1,
    right: { [SVB]: svb },
  },
  {
    ruleId: 'schema-enum',
    wrong: { [SVB]: sub(svb, 'status: in_analyse', 'status: in analyse') },
    expect: [{ path: SVB, needle: 'status: in analyse', inner: 'in analyse', suggestions: ['in_analyse'] }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'status: in_analyse', 'status: deels_opgelost') },
  },
  {
    ruleId: 'schema-pattern',
    wrong: { [SVB]: sub(svb, 'id: aow-buitenland', 'id: AOW buitenland') },
    expect: [{ path: SVB, needle: 'AOW buitenland' }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'id: aow-buitenland', 'id: aow-buitenland-2') },
  },
  {
    ruleId: 'schema-format',
    wrong: { [SVB]: sub(svb, 'verslagjaar: 2024\n', 'verslagjaar: 2024\npublicatiedatum: "2024-13-01"\n') },
    expect: [{ path: SVB, needle: '"2024-13-01"' }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'verslagjaar: 2024\n', 'verslagjaar: 2024\npublicatiedatum: "2024-12-01"\n') },
  },
  {
    ruleId: 'schema-min-length',
    wrong: { [SVB]: sub(svb, 'titel: AOW in het buitenland is complex', 'titel: AOW') },
    expect: [{ path: SVB, needle: 'titel: AOW\n', inner: 'AOW' }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'titel: AOW in het buitenland is complex', 'titel: AOW!!') },
  },
  {
    ruleId: 'schema-max-length',
    wrong: { [SVB]: sub(svb, 'titel: AOW in het buitenland is complex', `titel: ${TITEL_121}`) },
    expect: [{ path: SVB, needle: TITEL_121 }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'titel: AOW in het buitenland is complex', `titel: ${TITEL_121.slice(1)}`) },
  },
  {
    ruleId: 'schema-minimum',
    wrong: { [UWV]: sub(uwv, 'eerste_melding: 2023', 'eerste_melding: 1999') },
    expect: [{ path: UWV, needle: '1999' }],
    exitCode: 1,
    right: { [UWV]: sub(uwv, 'eerste_melding: 2023', 'eerste_melding: 2000') },
  },
  {
    ruleId: 'schema-maximum',
    wrong: { 'staat.yaml': sub(base('staat.yaml'), 'verslagjaar: 2024', 'verslagjaar: 2101') },
    expect: [{ path: 'staat.yaml', needle: '2101' }],
    exitCode: 1,
    right: { 'staat.yaml': sub(base('staat.yaml'), 'verslagjaar: 2024', 'verslagjaar: 2100') },
  },
  {
    ruleId: 'schema-min-items',
    wrong: { [SVB]: sub(sub(svb, 'actie_bij: [politiek, opdrachtgever]', 'actie_bij: []'), '    opdrachtgever: szw\n', '') },
    expect: [{ path: SVB, needle: '[]' }],
    exitCode: 1,
    right: { [SVB]: sub(sub(svb, 'actie_bij: [politiek, opdrachtgever]', 'actie_bij: [eu]'), '    opdrachtgever: szw\n', '') },
  },
  {
    ruleId: 'schema-unique-items',
    wrong: { [SVB]: sub(svb, 'actie_bij: [politiek, opdrachtgever]', 'actie_bij: [politiek, opdrachtgever, politiek]') },
    // The later of the two equal items.
    expect: [{ path: SVB, needle: 'opdrachtgever, politiek', inner: 'politiek' }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'actie_bij: [politiek, opdrachtgever]', 'actie_bij: [politiek, opdrachtgever, eu]') },
  },
  {
    ruleId: 'number-thousands-separator',
    // YAML reads 23.000 as the number 23: silent without this rule.
    wrong: { [SVB]: sub(svb, 'waarde: 1000', 'waarde: 23.000') },
    expect: [{ path: SVB, needle: '23.000', suggestions: ['23000'] }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'waarde: 1000', 'waarde: 23000') },
  },
  {
    ruleId: 'number-thousands-separator',
    variant: 'millions: not a YAML number at all, one message instead of schema-type',
    wrong: { [SVB]: sub(svb, 'waarde: 1000', 'waarde: 1.234.567') },
    expect: [{ path: SVB, needle: '1.234.567', suggestions: ['1234567'] }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'waarde: 1000', 'waarde: 7.5') },
  },
  {
    ruleId: 'unused-suppression',
    // An error is never suppressed: the comment is reported and the error stays.
    wrong: { [SVB]: sub(svb, '    thema: niet-gebruik\n', '    # staat-disable-next-line unknown-thema -- eigen thema\n    thema: niet-gebruikt\n') },
    expect: [
      { path: SVB, needle: '# staat-disable-next-line unknown-thema -- eigen thema' },
      { path: SVB, needle: 'niet-gebruikt', ruleId: 'unknown-thema', suggestions: ['niet-gebruik'] },
    ],
    exitCode: 1,
    right: { [SVB]: sub(svb, '  - id: aow-buitenland\n', '  - id: aow-buitenland\n    # gewoon commentaar\n') },
  },
  {
    ruleId: 'suppression-without-reason',
    wrong: { [SVB]: sub(sub(svb, '    oplossingsrichting: Eenvoudiger regels.\n', ''), '  - id: aow-buitenland', '  # staat-disable-next-line missing-oplossingsrichting\n  - id: aow-buitenland') },
    expect: [{ path: SVB, needle: '# staat-disable-next-line missing-oplossingsrichting' }],
    exitCode: 0,
    right: { [SVB]: sub(sub(svb, '    oplossingsrichting: Eenvoudiger regels.\n', ''), '  - id: aow-buitenland', '  # staat-disable-next-line missing-oplossingsrichting -- volgt in 2025\n  - id: aow-buitenland') },
  },
  // --- staat.yaml: licence and links (issue 9) ---
  {
    ruleId: 'licentie-unknown',
    wrong: { 'staat.yaml': `${base('staat.yaml')}licentie: CC-BY-4.1\n` },
    expect: [{ path: 'staat.yaml', needle: 'CC-BY-4.1', suggestions: ['CC-BY-4.0'] }],
    exitCode: 0,
    right: { 'staat.yaml': `${base('staat.yaml')}licentie: CC-BY-4.0\n` },
  },
  {
    ruleId: 'bron-url-placeholder',
    wrong: { 'staat.yaml': `${base('staat.yaml')}bron_url: https://example.org/staat/blob/main/{bestand}#L{regel}\n` },
    expect: [{ path: 'staat.yaml', needle: 'https://example.org/staat/blob/main/{bestand}#L{regel}' }],
    exitCode: 1,
    right: { 'staat.yaml': `${base('staat.yaml')}bron_url: https://example.org/staat/blob/main/{pad}#L{regel}\n` },
  },
  {
    ruleId: 'schema-pattern',
    variant: 'site_url without https',
    wrong: { 'staat.yaml': `${base('staat.yaml')}site_url: http://example.org/staat/\n` },
    expect: [{ path: 'staat.yaml', needle: 'http://example.org/staat/' }],
    exitCode: 1,
    right: { 'staat.yaml': `${base('staat.yaml')}site_url: https://example.org/staat/\n` },
  },
  {
    ruleId: 'schema-pattern',
    variant: 'licentie with spaces',
    wrong: { 'staat.yaml': `${base('staat.yaml')}licentie: CC BY 4.0\n` },
    expect: [{ path: 'staat.yaml', needle: 'CC BY 4.0' }],
    exitCode: 1,
    right: { 'staat.yaml': `${base('staat.yaml')}licentie: CC-BY-4.0\n` },
  },
  {
    ruleId: 'invisible-character',
    // A non-breaking space pasted after the thema: one message at the character, not unknown-thema too.
    wrong: { [SVB]: sub(svb, 'thema: niet-gebruik', 'thema: niet-gebruik\u00a0') },
    expect: [{ path: SVB, needle: '\u00a0' }],
    exitCode: 1,
    right: { [SVB]: sub(svb, 'thema: niet-gebruik', 'thema: niet-gebruik ') },
  },
];

/** Ids no input can trigger today, with the reason; the test checks the reason still holds. */
export const UNREACHABLE: Record<string, string> = {
  // Without staat.yaml there is no content root (exit 2); checkTree itself is tested in
  // test/lint/edition-missing.test.ts, for staat.yaml removed while `staat dev` runs.
  'edition-missing': 'through the CLI only when staat.yaml vanishes after the root was found',
};
