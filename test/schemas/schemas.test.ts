// The schemas are the single source of truth of the content format. These tests check that they
// compile under ajv's strict draft-07 mode, that every field carries the Dutch help the YAML editor
// shows on hover (and that this help's examples are themselves valid), that valid documents pass
// and typical mistakes fail with the expected ajv keyword at the expected place, and that the
// generated TypeScript types are in sync.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type {
  Edition,
  MinisteriesRegister,
  OproepenRegister,
  OrganisatiesRegister,
  Stand,
  ThemasRegister,
} from '../../src/content/types.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const schemaDir = join(repoRoot, 'schemas');
const run = promisify(execFile);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SchemaNode = Record<string, unknown>;

const NAMES = ['staat', 'stand', 'ministeries', 'organisaties', 'themas', 'oproepen'] as const;
type SchemaName = (typeof NAMES)[number];

const SLUG = '^[a-z0-9]+(-[a-z0-9]+)*$';
const DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

function loadSchema(name: SchemaName): SchemaNode {
  return JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), 'utf8')) as SchemaNode;
}

function newAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  // VS Code's (and the YAML extension's) help per enum value; not a validation keyword.
  ajv.addKeyword({ keyword: 'markdownEnumDescriptions', schemaType: 'array' });
  return ajv;
}

const schemas = Object.fromEntries(NAMES.map((n) => [n, loadSchema(n)])) as Record<
  SchemaName,
  SchemaNode
>;
const ajv = newAjv();
for (const name of NAMES) ajv.addSchema(schemas[name]);

function validator(ref: string): ValidateFunction {
  const v = ajv.getSchema(ref);
  if (!v) throw new Error(`no schema at ${ref}`);
  return v;
}

function validate(name: SchemaName, doc: unknown): ErrorObject[] {
  const v = validator(`urn:staat:schema:${name}`);
  return v(doc) ? [] : [...(v.errors ?? [])];
}

// ---------------------------------------------------------------------------------------------
// Walking the schemas

interface Located {
  pointer: string; // JSON pointer inside the schema file, '' for the root
  node: SchemaNode;
}

const escapePointer = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every subschema a user can hover over: the root, each definition, each property and each inline `items`. */
function annotated(root: SchemaNode): Located[] {
  const out: Located[] = [];
  const visit = (node: SchemaNode, pointer: string): void => {
    out.push({ pointer, node });
    const props = node['properties'] as Record<string, SchemaNode> | undefined;
    for (const [key, sub] of Object.entries(props ?? {})) {
      visit(sub, `${pointer}/properties/${escapePointer(key)}`);
    }
    const items = node['items'] as SchemaNode | undefined;
    if (items && !('$ref' in items)) visit(items, `${pointer}/items`);
  };
  visit(root, '');
  const defs = root['definitions'] as Record<string, SchemaNode> | undefined;
  for (const [key, def] of Object.entries(defs ?? {})) visit(def, `/definitions/${escapePointer(key)}`);
  return out;
}

const allNodes = NAMES.flatMap((name) =>
  annotated(schemas[name]).map((loc) => ({ name, ...loc, label: `${name}#${loc.pointer}` })),
);

function typesOf(node: SchemaNode): string[] {
  const t = node['type'];
  return Array.isArray(t) ? (t as string[]) : typeof t === 'string' ? [t] : [];
}

// ---------------------------------------------------------------------------------------------

describe('schema files', () => {
  it('there are exactly the six expected schema files', () => {
    const files = readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort();
    expect(files).toEqual(NAMES.map((n) => `${n}.schema.json`).sort());
  });

  it.each(NAMES)('%s is draft-07 with a urn:staat:schema id', (name) => {
    expect(schemas[name]['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(schemas[name]['$id']).toBe(`urn:staat:schema:${name}`);
  });

  it.each(NAMES)('%s compiles with ajv in strict mode', (name) => {
    const fresh = newAjv();
    expect(() => fresh.compile(schemas[name])).not.toThrow();
  });

  it.each(['ministeries', 'organisaties', 'themas', 'oproepen'] as const)(
    'register %s has an array root whose entry lives in definitions',
    (name) => {
      const root = schemas[name];
      expect(root['type']).toBe('array');
      expect((root['items'] as SchemaNode)['$ref']).toMatch(/^#\/definitions\/[A-Z]\w*$/);
    },
  );

  it('the stand schema defines Knelpunt, Lichtpunt, Dilemma and Kerncijfer', () => {
    expect(Object.keys(schemas.stand['definitions'] as object).sort()).toEqual([
      'Dilemma',
      'Kerncijfer',
      'Knelpunt',
      'Lichtpunt',
    ]);
  });
});

describe('editor help on every field', () => {
  it('every fixed list of values explains each value (markdownEnumDescriptions, one per enum value)', () => {
    const described = allNodes.filter((n) => Array.isArray(n.node['enum']) && !/oproepen|\/id$/.test(n.pointer));
    expect(described.length).toBe(6);
    for (const n of described) {
      const texts = n.node['markdownEnumDescriptions'];
      expect(Array.isArray(texts), n.label).toBe(true);
      expect((texts as unknown[]).length, n.label).toBe((n.node['enum'] as unknown[]).length);
      for (const t of texts as unknown[]) expect(typeof t === 'string' && t.length > 10, n.label).toBe(true);
    }
  });

  it('walks a plausible number of fields (guards the walker itself)', () => {
    expect(allNodes.length).toBeGreaterThan(80);
    expect(allNodes.map((n) => n.label)).toContain(
      'stand#/definitions/Knelpunt/properties/actie_bij/items',
    );
    expect(allNodes.map((n) => n.label)).toContain(
      'organisaties#/definitions/DriehoekPeriode/properties/eigenaar',
    );
  });

  it.each(allNodes.map((n) => [n.label, n] as const))('%s has title, description, examples', (_l, n) => {
    expect(typeof n.node['title']).toBe('string');
    expect((n.node['title'] as string).length).toBeGreaterThan(0);
    expect(typeof n.node['description']).toBe('string');
    expect((n.node['description'] as string).length).toBeGreaterThan(10);
    expect(Array.isArray(n.node['examples'])).toBe(true);
    expect((n.node['examples'] as unknown[]).length).toBeGreaterThan(0);
  });

  it.each(allNodes.map((n) => [n.label, n] as const))('%s: its examples are valid', (_l, n) => {
    const v = validator(`urn:staat:schema:${n.name}#${n.pointer}`);
    for (const example of n.node['examples'] as unknown[]) {
      expect(v(example), JSON.stringify(v.errors)).toBe(true);
    }
  });

  it('titles are not type names: no title is reused as a generated identifier', async () => {
    const types = readFileSync(join(repoRoot, 'src/content/types.ts'), 'utf8');
    const exported = [...types.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
    expect(exported.sort()).toEqual(
      [
        'Dilemma',
        'DriehoekPeriode',
        'Edition',
        'Kerncijfer',
        'Knelpunt',
        'Lichtpunt',
        'Ministerie',
        'MinisteriesRegister',
        'Oproep',
        'OproepenRegister',
        'Organisatie',
        'OrganisatiesRegister',
        'Stand',
        'Thema',
        'ThemasRegister',
      ].sort(),
    );
  });
});

describe('structural rules of the format', () => {
  const objects = allNodes.filter((n) => typesOf(n.node).includes('object'));
  const strings = allNodes.filter((n) => typesOf(n.node).includes('string'));
  const arrays = allNodes.filter((n) => typesOf(n.node).includes('array'));

  it.each(objects.map((n) => [n.label, n] as const))('%s forbids unknown fields', (_l, n) => {
    expect(n.node['additionalProperties']).toBe(false);
    const props = Object.keys((n.node['properties'] as object | undefined) ?? {});
    for (const r of (n.node['required'] as string[] | undefined) ?? []) expect(props).toContain(r);
  });

  it('fields that define a code are slugs of at most 80 characters', () => {
    const slugs = strings.filter((n) => n.node['pattern'] === SLUG);
    expect(slugs.map((n) => n.label).sort()).toEqual(
      [
        'ministeries#/definitions/Ministerie/properties/id',
        'ministeries#/definitions/Ministerie/properties/opvolger',
        'organisaties#/definitions/Organisatie/properties/id',
        'organisaties#/definitions/DriehoekPeriode/properties/eigenaar',
        'organisaties#/definitions/DriehoekPeriode/properties/opdrachtgevers/items',
        'stand#/definitions/Knelpunt/properties/id',
        'stand#/definitions/Knelpunt/properties/gedeeld_knelpunt',
        'stand#/definitions/Lichtpunt/properties/id',
        'stand#/definitions/Dilemma/properties/id',
        'themas#/definitions/Thema/properties/id',
      ].sort(),
    );
    for (const n of slugs) expect(n.node['maxLength'], n.label).toBe(80);
  });

  // A Stand's references to the registers carry no slug pattern on purpose: a value such as
  // `UWV` must reach the cross-file rules (unknown-organisatie and friends), which can suggest
  // the intended code, instead of stopping at a bare pattern error.
  it('references from a Stand to the registers are non-empty, at most 80 characters, without pattern', () => {
    const references = [
      'stand#/properties/organisatie',
      'stand#/definitions/Knelpunt/properties/thema',
      'stand#/definitions/Knelpunt/properties/subthemas/items',
      'stand#/definitions/Knelpunt/properties/opdrachtgever',
      'stand#/definitions/Knelpunt/properties/ketenpartners/items',
      'stand#/definitions/Lichtpunt/properties/thema',
      'stand#/definitions/Lichtpunt/properties/organisaties/items',
      'stand#/definitions/Dilemma/properties/thema',
    ];
    const byLabel = new Map(allNodes.map((n) => [n.label, n.node]));
    for (const label of references) {
      const node = byLabel.get(label);
      expect(node, label).toBeDefined();
      expect(typesOf(node!), label).toEqual(['string']);
      expect(node!['pattern'], label).toBeUndefined();
      expect(node!['minLength'], label).toBe(1);
      expect(node!['maxLength'], label).toBe(80);
    }
  });

  it('date fields carry both format date and the YYYY-MM-DD pattern', () => {
    const dates = strings.filter((n) => n.node['format'] === 'date' || n.node['pattern'] === DATE);
    expect(dates.map((n) => n.label).sort()).toEqual(
      [
        'stand#/definitions/Kerncijfer/properties/peildatum',
        'stand#/properties/publicatiedatum',
        'staat#/properties/publicatiedatum',
      ].sort(),
    );
    for (const n of dates) {
      expect(n.node['format']).toBe('date');
      expect(n.node['pattern']).toBe(DATE);
    }
  });

  it('uri fields require http(s)', () => {
    const uris = strings.filter((n) => n.node['format'] === 'uri');
    expect(uris.length).toBe(4);
    // The report's own address must be https (it becomes canonical links and citations).
    for (const n of uris) expect(n.node['pattern'], n.label).toBe(n.label === 'staat#/properties/site_url' ? '^https://[^\\s?#]+$' : '^https?://');
  });

  it('lists of strings reject duplicates', () => {
    const stringLists = arrays.filter((n) => {
      const items = n.node['items'] as SchemaNode;
      return !('$ref' in items) && typesOf(items).includes('string');
    });
    expect(stringLists.length).toBeGreaterThan(10);
    for (const n of stringLists) expect(n.node['uniqueItems'], n.label).toBe(true);
  });

  // Reporting years start at 2000; ministries and driehoek periods may be much older.
  it('years are integers up to 2100, from 2000 for reports and from 1800 for register periods', () => {
    const years = allNodes.filter((n) =>
      /\/(verslagjaar|eerste_melding|vanaf|tot)$/.test(n.pointer),
    );
    const minimumOf = (label: string): number =>
      label.startsWith('ministeries#') || label.startsWith('organisaties#') ? 1800 : 2000;
    expect(years.map((n) => [n.label, minimumOf(n.label)]).sort()).toEqual(
      [
        ['stand#/properties/verslagjaar', 2000],
        ['stand#/definitions/Knelpunt/properties/eerste_melding', 2000],
        ['staat#/properties/verslagjaar', 2000],
        ['ministeries#/definitions/Ministerie/properties/vanaf', 1800],
        ['ministeries#/definitions/Ministerie/properties/tot', 1800],
        ['organisaties#/definitions/DriehoekPeriode/properties/vanaf', 1800],
        ['organisaties#/definitions/DriehoekPeriode/properties/tot', 1800],
      ].sort(),
    );
    for (const n of years) {
      expect(n.node['type'], n.label).toBe('integer');
      expect(n.node['minimum'], n.label).toBe(minimumOf(n.label));
      expect(n.node['maximum'], n.label).toBe(2100);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Valid documents (typed: this also checks that the generated types accept real content)

const knelpunt = {
  id: 'wajong-toeslag-niet-gebruik',
  titel: 'Jongeren met Wajong laten toeslag liggen',
  beschrijving: 'De toeslag moet apart worden aangevraagd.',
  gevolgen: 'Jongeren missen inkomen.',
  oplossingsrichting: 'Ambtshalve toekennen.',
  thema: 'niet-gebruik',
  subthemas: ['samenloop-regelingen'],
  actie_bij: ['politiek', 'opdrachtgever'],
  opdrachtgever: 'szw',
  status: 'in_analyse',
  eerste_melding: 2023,
  doelgroepen: ['burgers'],
  wetten: ['Wajong', 'Toeslagenwet'],
  ketenpartners: ['svb'],
  gedeeld_knelpunt: 'toeslag-aanvragen',
  hardheid: true,
  oproepen: ['O1', 'O5'],
  urgentie: 'hoog',
  herkomst: 'stand',
  bronnen: ['https://www.uwv.nl/stand'],
} satisfies Stand['knelpunten'][number];

const validStand: Stand = {
  organisatie: 'uwv',
  verslagjaar: 2024,
  titel: 'Stand van de Uitvoering UWV 2024',
  publicatiedatum: '2024-06-14',
  bron_url: 'https://www.uwv.nl/stand-2024',
  knelpunten: [knelpunt],
  lichtpunten: [
    {
      id: 'samen-met-svb',
      titel: 'Samen met de SVB',
      beschrijving: 'Gegevens worden gedeeld.',
      thema: 'gegevensuitwisseling',
      organisaties: ['svb'],
      bronnen: ['http://example.nl/lichtpunt'],
    },
  ],
  dilemmas: [
    {
      id: 'snel-of-zorgvuldig',
      titel: 'Snel of zorgvuldig',
      beschrijving: 'Beide kan niet tegelijk.',
      afweging_tussen: ['snelheid', 'zorgvuldigheid'],
      thema: 'doorlooptijden-achterstanden',
    },
  ],
  kerncijfers: [{ label: 'Wachtenden', waarde: 21000.5, eenheid: 'personen', peildatum: '2024-01-01' }],
  samenvatting: 'Een **korte** samenvatting.',
};

const minimalStand: Stand = { organisatie: 'svb', verslagjaar: 2023, knelpunten: [] };

// Wrongly spelled references are the cross-file rules' business, not the schema's.
const misspelledReferences: Stand = {
  organisatie: 'UWV',
  verslagjaar: 2024,
  knelpunten: [
    { ...knelpunt, thema: 'Niet gebruik', subthemas: ['Samenloop regelingen'], opdrachtgever: 'SZW', ketenpartners: ['S V B'] },
  ],
  lichtpunten: [
    { id: 'samen', titel: 'Samen', beschrijving: 'Samen.', thema: 'ICT', organisaties: ['Belastingdienst/Toeslagen'] },
  ],
  dilemmas: [{ id: 'keuze', titel: 'Keuze', beschrijving: 'Lastig.', thema: 'Doorlooptijden & achterstanden' }],
};

const validEdition: Edition = {
  titel: 'Staat van de Uitvoering 2022',
  editie: '2022',
  verslagjaar: 2022,
  publicatiedatum: '2023-01-18',
  inleiding: 'De eerste Staat.',
};

const validMinisteries: MinisteriesRegister = [
  { id: 'szw', naam: 'Sociale Zaken en Werkgelegenheid', afkorting: 'SZW' },
  { id: 'ezk', naam: 'Economische Zaken en Klimaat', afkorting: 'EZK', vanaf: 2017, tot: 2024, opvolger: 'ez' },
];

// Periods before the first Standen are allowed, down to 1800.
const oldMinisteries: MinisteriesRegister = [
  { id: 'fin', naam: 'Financiën', afkorting: 'FIN', vanaf: 1800 },
  { id: 'wvc', naam: 'Welzijn, Volksgezondheid en Cultuur', afkorting: 'WVC', vanaf: 1982, tot: 1994, opvolger: 'vws' },
];

const validOrganisaties: OrganisatiesRegister = [
  {
    id: 'svb',
    naam: 'Sociale Verzekeringsbank',
    afkorting: 'SVB',
    type: 'zbo',
    synoniemen: ['Sociale Verzekeringsbank'],
    driehoek: [
      { vanaf: 2020, tot: 2022, eigenaar: 'szw', opdrachtgevers: ['szw'] },
      { vanaf: 2023, eigenaar: 'szw', opdrachtgevers: ['szw', 'vws'] },
    ],
  },
  { id: 'vng', naam: 'VNG', type: 'medeoverheid', driehoek: [{ vanaf: 2020, eigenaar: null, opdrachtgevers: [] }] },
];

const oldOrganisaties: OrganisatiesRegister = [
  {
    id: 'svb',
    naam: 'Sociale Verzekeringsbank',
    type: 'zbo',
    driehoek: [
      { vanaf: 1800, tot: 1956, eigenaar: 'szw', opdrachtgevers: ['szw'] },
      { vanaf: 1957, eigenaar: 'szw', opdrachtgevers: ['szw'] },
    ],
  },
];

const validThemas: ThemasRegister = [
  { id: 'niet-gebruik', naam: 'Niet-gebruik', omschrijving: 'Mensen krijgen niet waar ze recht op hebben.', oproepen: ['O1', 'O5'], synoniemen: ['non-take-up'] },
  { id: 'overig', naam: 'Overig', omschrijving: 'Rest.', oproepen: [] },
];

const validOproepen: OproepenRegister = [
  { id: 'O1', titel: 'Complexiteitsreductie', omschrijving: 'Minder, maar betere regels.' },
];

const VALID: Record<SchemaName, Json[]> = {
  stand: [validStand as unknown as Json, minimalStand as unknown as Json, misspelledReferences as unknown as Json],
  staat: [validEdition as unknown as Json, { titel: 'T', editie: '2024', verslagjaar: 2024 }],
  ministeries: [validMinisteries as unknown as Json, [], oldMinisteries as unknown as Json],
  organisaties: [validOrganisaties as unknown as Json, oldOrganisaties as unknown as Json],
  themas: [validThemas as unknown as Json],
  oproepen: [validOproepen as unknown as Json],
};

describe('valid documents pass', () => {
  it.each(NAMES.flatMap((name) => VALID[name].map((doc, i) => [name, i, doc] as const)))(
    '%s #%i',
    (name, _i, doc) => {
      expect(validate(name, doc)).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Invalid documents: a single change to a valid one, with the ajv keyword and place it must raise

const DELETE = Symbol('delete');
type Path = (string | number)[];

function changed(doc: Json, path: Path, value: Json | typeof DELETE): Json {
  const copy = structuredClone(doc);
  let parent: unknown = copy;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step];
  const last = path[path.length - 1]!;
  const container = parent as Record<string | number, unknown>;
  if (value === DELETE) delete container[last];
  else container[last] = value;
  return copy;
}

interface Case {
  name: SchemaName;
  base: Json;
  path: Path;
  value: Json | typeof DELETE;
  keyword: string;
  /** ajv's instancePath of the expected error (the parent object for `required`/`additionalProperties`). */
  at: string;
}

const stand = validStand as unknown as Json;
const K = ['knelpunten', 0];
const long = (n: number): string => 'a'.repeat(n);

const INVALID: Case[] = [
  // Stand
  { name: 'stand', base: stand, path: ['organisatie'], value: DELETE, keyword: 'required', at: '' },
  { name: 'stand', base: stand, path: ['knelpunten'], value: DELETE, keyword: 'required', at: '' },
  { name: 'stand', base: stand, path: ['organisatei'], value: 'uwv', keyword: 'additionalProperties', at: '' },
  { name: 'stand', base: stand, path: ['organisatie'], value: '', keyword: 'minLength', at: '/organisatie' },
  { name: 'stand', base: stand, path: ['organisatie'], value: 5, keyword: 'type', at: '/organisatie' },
  { name: 'stand', base: stand, path: ['organisatie'], value: long(81), keyword: 'maxLength', at: '/organisatie' },
  { name: 'stand', base: stand, path: ['verslagjaar'], value: '2024', keyword: 'type', at: '/verslagjaar' },
  { name: 'stand', base: stand, path: ['verslagjaar'], value: 2024.5, keyword: 'type', at: '/verslagjaar' },
  { name: 'stand', base: stand, path: ['verslagjaar'], value: 1999, keyword: 'minimum', at: '/verslagjaar' },
  { name: 'stand', base: stand, path: ['verslagjaar'], value: 2101, keyword: 'maximum', at: '/verslagjaar' },
  { name: 'stand', base: stand, path: ['titel'], value: '', keyword: 'minLength', at: '/titel' },
  { name: 'stand', base: stand, path: ['publicatiedatum'], value: '2024-13-01', keyword: 'format', at: '/publicatiedatum' },
  { name: 'stand', base: stand, path: ['publicatiedatum'], value: '2024-02-30', keyword: 'format', at: '/publicatiedatum' },
  { name: 'stand', base: stand, path: ['publicatiedatum'], value: '14-06-2024', keyword: 'pattern', at: '/publicatiedatum' },
  { name: 'stand', base: stand, path: ['bron_url'], value: 'ftp://uwv.nl/stand', keyword: 'pattern', at: '/bron_url' },
  { name: 'stand', base: stand, path: ['bron_url'], value: 'www.uwv.nl', keyword: 'format', at: '/bron_url' },
  { name: 'stand', base: stand, path: ['knelpunten'], value: {}, keyword: 'type', at: '/knelpunten' },
  { name: 'stand', base: stand, path: ['kerncijfers', 0, 'waarde'], value: '21.000', keyword: 'type', at: '/kerncijfers/0/waarde' },
  { name: 'stand', base: stand, path: ['kerncijfers', 0, 'label'], value: DELETE, keyword: 'required', at: '/kerncijfers/0' },
  { name: 'stand', base: stand, path: ['kerncijfers', 0, 'peildatum'], value: '2024-1-1', keyword: 'pattern', at: '/kerncijfers/0/peildatum' },
  { name: 'stand', base: stand, path: ['samenvatting'], value: 42, keyword: 'type', at: '/samenvatting' },
  // Knelpunt
  { name: 'stand', base: stand, path: [...K, 'gevolgen'], value: DELETE, keyword: 'required', at: '/knelpunten/0' },
  { name: 'stand', base: stand, path: [...K, 'status'], value: DELETE, keyword: 'required', at: '/knelpunten/0' },
  { name: 'stand', base: stand, path: [...K, 'gevolg'], value: 'x', keyword: 'additionalProperties', at: '/knelpunten/0' },
  { name: 'stand', base: stand, path: [...K, 'id'], value: 'Wajong_Toeslag', keyword: 'pattern', at: '/knelpunten/0/id' },
  { name: 'stand', base: stand, path: [...K, 'id'], value: 'dubbel--streepje', keyword: 'pattern', at: '/knelpunten/0/id' },
  { name: 'stand', base: stand, path: [...K, 'id'], value: long(81), keyword: 'maxLength', at: '/knelpunten/0/id' },
  { name: 'stand', base: stand, path: [...K, 'titel'], value: 'Kort', keyword: 'minLength', at: '/knelpunten/0/titel' },
  { name: 'stand', base: stand, path: [...K, 'titel'], value: long(121), keyword: 'maxLength', at: '/knelpunten/0/titel' },
  { name: 'stand', base: stand, path: [...K, 'beschrijving'], value: '', keyword: 'minLength', at: '/knelpunten/0/beschrijving' },
  { name: 'stand', base: stand, path: [...K, 'status'], value: 'klaar', keyword: 'enum', at: '/knelpunten/0/status' },
  { name: 'stand', base: stand, path: [...K, 'actie_bij'], value: [], keyword: 'minItems', at: '/knelpunten/0/actie_bij' },
  { name: 'stand', base: stand, path: [...K, 'actie_bij'], value: 'politiek', keyword: 'type', at: '/knelpunten/0/actie_bij' },
  { name: 'stand', base: stand, path: [...K, 'actie_bij'], value: ['politiek', 'politiek'], keyword: 'uniqueItems', at: '/knelpunten/0/actie_bij' },
  { name: 'stand', base: stand, path: [...K, 'actie_bij'], value: ['minister'], keyword: 'enum', at: '/knelpunten/0/actie_bij/0' },
  { name: 'stand', base: stand, path: [...K, 'thema'], value: '', keyword: 'minLength', at: '/knelpunten/0/thema' },
  { name: 'stand', base: stand, path: [...K, 'thema'], value: long(81), keyword: 'maxLength', at: '/knelpunten/0/thema' },
  { name: 'stand', base: stand, path: [...K, 'subthemas'], value: [''], keyword: 'minLength', at: '/knelpunten/0/subthemas/0' },
  { name: 'stand', base: stand, path: [...K, 'subthemas'], value: ['ict', 'ict'], keyword: 'uniqueItems', at: '/knelpunten/0/subthemas' },
  { name: 'stand', base: stand, path: [...K, 'opdrachtgever'], value: '', keyword: 'minLength', at: '/knelpunten/0/opdrachtgever' },
  { name: 'stand', base: stand, path: [...K, 'eerste_melding'], value: 1999, keyword: 'minimum', at: '/knelpunten/0/eerste_melding' },
  { name: 'stand', base: stand, path: [...K, 'doelgroepen'], value: ['kinderen'], keyword: 'enum', at: '/knelpunten/0/doelgroepen/0' },
  { name: 'stand', base: stand, path: [...K, 'wetten'], value: [''], keyword: 'minLength', at: '/knelpunten/0/wetten/0' },
  { name: 'stand', base: stand, path: [...K, 'ketenpartners'], value: [''], keyword: 'minLength', at: '/knelpunten/0/ketenpartners/0' },
  { name: 'stand', base: stand, path: [...K, 'ketenpartners'], value: [long(81)], keyword: 'maxLength', at: '/knelpunten/0/ketenpartners/0' },
  { name: 'stand', base: stand, path: [...K, 'gedeeld_knelpunt'], value: long(81), keyword: 'maxLength', at: '/knelpunten/0/gedeeld_knelpunt' },
  { name: 'stand', base: stand, path: [...K, 'hardheid'], value: 'ja', keyword: 'type', at: '/knelpunten/0/hardheid' },
  { name: 'stand', base: stand, path: [...K, 'oproepen'], value: ['O6'], keyword: 'enum', at: '/knelpunten/0/oproepen/0' },
  { name: 'stand', base: stand, path: [...K, 'urgentie'], value: 'zeer hoog', keyword: 'enum', at: '/knelpunten/0/urgentie' },
  { name: 'stand', base: stand, path: [...K, 'herkomst'], value: 'twitter', keyword: 'enum', at: '/knelpunten/0/herkomst' },
  { name: 'stand', base: stand, path: [...K, 'bronnen'], value: ['mailto:info@uwv.nl'], keyword: 'pattern', at: '/knelpunten/0/bronnen/0' },
  // Lichtpunt, Dilemma
  { name: 'stand', base: stand, path: ['lichtpunten', 0, 'beschrijving'], value: DELETE, keyword: 'required', at: '/lichtpunten/0' },
  { name: 'stand', base: stand, path: ['lichtpunten', 0, 'organisaties'], value: ['svb', 'svb'], keyword: 'uniqueItems', at: '/lichtpunten/0/organisaties' },
  { name: 'stand', base: stand, path: ['lichtpunten', 0, 'status'], value: 'nieuw', keyword: 'additionalProperties', at: '/lichtpunten/0' },
  { name: 'stand', base: stand, path: ['lichtpunten', 0, 'thema'], value: '', keyword: 'minLength', at: '/lichtpunten/0/thema' },
  { name: 'stand', base: stand, path: ['lichtpunten', 0, 'organisaties'], value: [''], keyword: 'minLength', at: '/lichtpunten/0/organisaties/0' },
  { name: 'stand', base: stand, path: ['dilemmas', 0, 'thema'], value: '', keyword: 'minLength', at: '/dilemmas/0/thema' },
  { name: 'stand', base: stand, path: ['dilemmas', 0, 'id'], value: 'Snel of zorgvuldig', keyword: 'pattern', at: '/dilemmas/0/id' },
  { name: 'stand', base: stand, path: ['dilemmas', 0, 'afweging_tussen'], value: 'snelheid', keyword: 'type', at: '/dilemmas/0/afweging_tussen' },
  // Edition
  { name: 'staat', base: validEdition as unknown as Json, path: ['editie'], value: DELETE, keyword: 'required', at: '' },
  { name: 'staat', base: validEdition as unknown as Json, path: ['editie'], value: 2024, keyword: 'type', at: '/editie' },
  { name: 'staat', base: validEdition as unknown as Json, path: ['verslagjaar'], value: 1999, keyword: 'minimum', at: '/verslagjaar' },
  { name: 'staat', base: validEdition as unknown as Json, path: ['publicatiedatum'], value: '18 januari 2023', keyword: 'format', at: '/publicatiedatum' },
  { name: 'staat', base: validEdition as unknown as Json, path: ['jaar'], value: 2024, keyword: 'additionalProperties', at: '' },
  // Registers
  { name: 'ministeries', base: validMinisteries as unknown as Json, path: [0, 'afkorting'], value: DELETE, keyword: 'required', at: '/0' },
  { name: 'ministeries', base: validMinisteries as unknown as Json, path: [1, 'tot'], value: 2101, keyword: 'maximum', at: '/1/tot' },
  { name: 'ministeries', base: validMinisteries as unknown as Json, path: [1, 'vanaf'], value: 1799, keyword: 'minimum', at: '/1/vanaf' },
  { name: 'ministeries', base: validMinisteries as unknown as Json, path: [1, 'tot'], value: 1799, keyword: 'minimum', at: '/1/tot' },
  { name: 'ministeries', base: validMinisteries as unknown as Json, path: [1, 'opvolger'], value: 'EZ', keyword: 'pattern', at: '/1/opvolger' },
  { name: 'ministeries', base: validMinisteries as unknown as Json, path: [0, 'geldig_van'], value: 2020, keyword: 'additionalProperties', at: '/0' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'type'], value: 'stichting', keyword: 'enum', at: '/0/type' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'driehoek'], value: DELETE, keyword: 'required', at: '/0' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'id'], value: long(81), keyword: 'maxLength', at: '/0/id' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'driehoek', 0, 'eigenaar'], value: 'SZW', keyword: 'pattern', at: '/0/driehoek/0/eigenaar' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'driehoek', 0, 'eigenaar'], value: 5, keyword: 'type', at: '/0/driehoek/0/eigenaar' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'driehoek', 0, 'eigenaar'], value: DELETE, keyword: 'required', at: '/0/driehoek/0' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'driehoek', 0, 'opdrachtgevers'], value: ['szw', 'szw'], keyword: 'uniqueItems', at: '/0/driehoek/0/opdrachtgevers' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'driehoek', 0, 'vanaf'], value: '2020', keyword: 'type', at: '/0/driehoek/0/vanaf' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'driehoek', 0, 'vanaf'], value: 1799, keyword: 'minimum', at: '/0/driehoek/0/vanaf' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'driehoek', 0, 'tot'], value: 1799, keyword: 'minimum', at: '/0/driehoek/0/tot' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'driehoek', 0, 'tot'], value: 2101, keyword: 'maximum', at: '/0/driehoek/0/tot' },
  { name: 'organisaties', base: validOrganisaties as unknown as Json, path: [0, 'driehoek', 0, 'opdrachtgever'], value: 'szw', keyword: 'additionalProperties', at: '/0/driehoek/0' },
  { name: 'themas', base: validThemas as unknown as Json, path: [0, 'oproepen'], value: DELETE, keyword: 'required', at: '/0' },
  { name: 'themas', base: validThemas as unknown as Json, path: [0, 'oproepen'], value: ['O0'], keyword: 'enum', at: '/0/oproepen/0' },
  { name: 'themas', base: validThemas as unknown as Json, path: [0, 'synoniemen'], value: [''], keyword: 'minLength', at: '/0/synoniemen/0' },
  { name: 'oproepen', base: validOproepen as unknown as Json, path: [0, 'id'], value: 'o1', keyword: 'enum', at: '/0/id' },
  { name: 'oproepen', base: validOproepen as unknown as Json, path: [0, 'omschrijving'], value: DELETE, keyword: 'required', at: '/0' },
];

describe('invalid documents fail with the expected keyword', () => {
  it.each(INVALID.map((c) => [`${c.name} ${c.path.join('.')}=${String(typeof c.value === 'symbol' ? '∅' : JSON.stringify(c.value)).slice(0, 30)}`, c] as const))(
    '%s',
    (_label, c) => {
      expect(validate(c.name, c.base)).toEqual([]); // the base is valid, so the change is the cause
      const errors = validate(c.name, changed(c.base, c.path, c.value));
      expect(errors.map((e) => [e.keyword, e.instancePath])).toContainEqual([c.keyword, c.at]);
    },
  );

  it('a register root must be a list, not a mapping', () => {
    for (const name of ['ministeries', 'organisaties', 'themas', 'oproepen'] as const) {
      expect(validate(name, { szw: { naam: 'SZW' } }).map((e) => e.keyword)).toEqual(['type']);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('generated types', () => {
  const script = join(repoRoot, 'scripts/gen-types.mjs');

  it('src/content/types.ts is up to date with the schemas', async () => {
    // execFile rejects on a non-zero exit code, which fails this test.
    await expect(run(process.execPath, [script, '--check'], { cwd: repoRoot })).resolves.toBeDefined();
  });

  it('--check exits 1 on a stale file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'staat-types-'));
    const stale = join(dir, 'types.ts');
    writeFileSync(stale, readFileSync(join(repoRoot, 'src/content/types.ts'), 'utf8') + '// edit\n');
    await expect(run(process.execPath, [script, '--check', `--out=${stale}`])).rejects.toMatchObject({ code: 1 });
    await run(process.execPath, [script, `--out=${stale}`]);
    await expect(run(process.execPath, [script, '--check', `--out=${stale}`])).resolves.toBeDefined();
  });

  it('carries the do-not-edit header', () => {
    const types = readFileSync(join(repoRoot, 'src/content/types.ts'), 'utf8');
    expect(types.startsWith('// generated by scripts/gen-types.mjs from schemas/, do not edit\n')).toBe(true);
  });
});
