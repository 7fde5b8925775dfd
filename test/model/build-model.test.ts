import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build-model.js';
import type { ReportJson } from '../../src/model/types.js';
import { fixtureInput } from './fixture.js';

// Hand-computed from test/model/fixture.ts (edition 2024). Derived per edition knelpunt:
//
// global id                        status       open thema  oproepen  eig opdrg.toeg  eerste jaren vorige
// belastingdienst/fraude-signalen  vervallen    no   gegev  O5        fin fin          2024   -     -
// belastingdienst/toeslagen-herstel structureel yes  dienst O1,O5     fin fin          2019*  5     -
// svb/aow-gaten                    structureel  yes  wetg   O1,O2     szw null (2 og)  2023   1     in_uitvoering
// svb/kinderbijslag-buitenland     deels_opg.   yes  dienst O1,O5     szw szw (field)  2021   3     deels_opgelost
// svb/register-koppeling           nieuw        yes  gegev  O5        szw bzk (field)  2022*  2     - (absent 2023)
// uwv/portaal-storing              nieuw        yes  dienst O4*       szw szw          2024   0     -
// uwv/wia-achterstand              structureel  yes  dienst O1,O5     szw szw          2021   3     in_uitvoering
// uwv/ww-hoogte                    opgelost     no   wetg   O1,O2     szw szw          2023   -     nieuw
// (* = own field overrides the derived value)
//
// totalen: standen 3 (uwv, svb, belastingdienst), organisaties 3, knelpunten 8,
//   open 8 − fraude (vervallen) − ww-hoogte (opgelost) = 6, lichtpunten 1 + 2 = 3,
//   dilemmas 1 + 2 = 3; alle jaren ≤ 2024: 2021: 3, 2023: 2, 2024: 3 → 8 Standen;
//   organisations uwv, svb, cjib, belastingdienst = 4 (ind only in 2025: ignored).
// per_thema: dienstverlening main = toeslagen, kinderbijslag, portaal, wia = 4, + aow via
//   subthema = 5, 3 orgs, 4 open. gegevensuitwisseling main = fraude, register = 2; register
//   lists it as subthema too but counts once → 2; 2 orgs; open 1. wetgeving main = aow, ww = 2,
//   incl 2, 2 orgs, open 1. personeel main 0; incl wia → 1.
// per_oproep: O1 toeslagen, aow, kinderbijslag, wia, ww = 5; O5 fraude, toeslagen,
//   kinderbijslag, register, wia = 5; O2 aow, ww = 2; O4 portaal = 1; O3 = 0.
// per_actie_bij: politiek toeslagen, aow, wia, ww = 4; opdrachtgever aow, kinderbijslag, wia = 3;
//   eigenaar 1, eu 1, ketenpartner 1, opdrachtnemer 1, medeoverheid 0.
// per_ministerie: szw eigenaar of svb (3) + uwv (3) = 6, opdrachtgever kinderbijslag, portaal,
//   wia, ww = 4 → 10; fin 2 + 2 = 4; bzk 0 + register = 1; jenv 0 (cjib has no edition Stand).
// meervoudig: svb (bzk, szw), 3 knelpunten, onbepaald 1 (aow-gaten).
// gedeeld: complexe-regels (3 orgs), wachttijden (2 orgs); alleen-hier has one org: omitted.
// per_jaar: 2021: 3 Standen, 2 + 1 + 1 = 4 knelpunten, all open; 2023: 2 Standen, 3 + 3 = 6,
//   open 6 − datalek = 5; 2024: 3, 8, 6. 2025 ignored.
// nieuw: eerste_melding 2024 → fraude, portaal (register has 2022 by its own field).
// opgelost: ww-hoogte (nieuw → opgelost). langlopend: jaren_open ≥ 3 → toeslagen 5,
//   kinderbijslag 3, wia 3. verdwenen: svb/pgb-betalingen (open in svb 2023, absent in 2024);
//   uwv/datalek was opgelost in 2023, so not verdwenen.
// status_overgangen (present in both): in_uitvoering→structureel_onopgelost: aow, wia = 2;
//   deels_opgelost→deels_opgelost 1; nieuw→opgelost 1.
// zelfde_organisaties (Stand in 2023 and 2024): svb, uwv (belastingdienst only 2024).
//   vorig (2023): uwv 3 + svb 3 = 6, open 6 − datalek = 5; nu (2024): uwv 3 + svb 3 = 6,
//   open 6 − ww-hoogte = 5.
// per_thema.vorig_jaar (main thema in svb/uwv 2023): dienst wia, kinderbijslag, pgb = 3;
//   gegev datalek = 1; wetg ww, aow = 2; personeel 0. dit_jaar_zelfde_organisaties (svb/uwv
//   2024): dienst wia, portaal, kinderbijslag = 3; gegev register = 1; wetg ww, aow = 2; 0.
// actie_als_opdrachtgever: szw's 4 attributed: kinderbijslag (opdrachtgever), portaal
//   (opdrachtnemer), wia (politiek, opdrachtgever), ww (politiek) → 2. aow-gaten asks the
//   opdrachtgever too but has none attributed, so it counts for no ministry. fin 0, bzk 0.
const expected2024: ReportJson = {
  editie: '2024',
  titel: 'Staat van de Uitvoering 2024',
  verslagjaar: 2024,
  publicatiedatum: '2025-05-20',
  totalen: {
    standen: 3,
    organisaties: 3,
    knelpunten: 8,
    open_knelpunten: 6,
    lichtpunten: 3,
    dilemmas: 3,
    standen_alle_jaren: 8,
    organisaties_alle_jaren: 4,
  },
  per_thema: [
    { thema: 'dienstverlening', naam: 'Dienstverlening', knelpunten: 4, knelpunten_incl_subthemas: 5, organisaties: 3, open: 4, vorig_jaar: 3, dit_jaar_zelfde_organisaties: 3 },
    { thema: 'gegevensuitwisseling', naam: 'Gegevensuitwisseling', knelpunten: 2, knelpunten_incl_subthemas: 2, organisaties: 2, open: 1, vorig_jaar: 1, dit_jaar_zelfde_organisaties: 1 },
    { thema: 'wetgeving', naam: 'Wetgeving', knelpunten: 2, knelpunten_incl_subthemas: 2, organisaties: 2, open: 1, vorig_jaar: 2, dit_jaar_zelfde_organisaties: 2 },
    { thema: 'personeel', naam: 'Personeel', knelpunten: 0, knelpunten_incl_subthemas: 1, organisaties: 0, open: 0, vorig_jaar: 0, dit_jaar_zelfde_organisaties: 0 },
  ],
  per_oproep: [
    { oproep: 'O1', titel: 'Complexiteitsreductie', knelpunten: 5 },
    { oproep: 'O5', titel: 'Gegevensuitwisseling', knelpunten: 5 },
    { oproep: 'O2', titel: 'Uitvoering vanaf het begin', knelpunten: 2 },
    { oproep: 'O4', titel: 'Van verantwoording naar sturing', knelpunten: 1 },
    { oproep: 'O3', titel: 'Toekomstbeeld', knelpunten: 0 },
  ],
  per_actie_bij: [
    { rol: 'politiek', knelpunten: 4 },
    { rol: 'opdrachtgever', knelpunten: 3 },
    { rol: 'eigenaar', knelpunten: 1 },
    { rol: 'eu', knelpunten: 1 },
    { rol: 'ketenpartner', knelpunten: 1 },
    { rol: 'opdrachtnemer', knelpunten: 1 },
    { rol: 'medeoverheid', knelpunten: 0 },
  ],
  per_ministerie: [
    { ministerie: 'szw', als_eigenaar: 6, als_opdrachtgever: 4, actie_als_opdrachtgever: 2 },
    { ministerie: 'fin', als_eigenaar: 2, als_opdrachtgever: 2, actie_als_opdrachtgever: 0 },
    { ministerie: 'bzk', als_eigenaar: 0, als_opdrachtgever: 1, actie_als_opdrachtgever: 0 },
  ],
  meervoudig_opdrachtgeverschap: [
    { organisatie: 'svb', opdrachtgevers: ['bzk', 'szw'], knelpunten: 3, opdrachtgever_onbepaald: 1 },
  ],
  gedeelde_knelpunten: [
    {
      gedeeld_knelpunt: 'complexe-regels',
      organisaties: ['belastingdienst', 'svb', 'uwv'],
      knelpunten: ['belastingdienst/toeslagen-herstel', 'svb/aow-gaten', 'uwv/wia-achterstand'],
    },
    {
      gedeeld_knelpunt: 'wachttijden',
      organisaties: ['svb', 'uwv'],
      knelpunten: ['svb/kinderbijslag-buitenland', 'uwv/portaal-storing'],
    },
  ],
  trends: {
    per_jaar: [
      { verslagjaar: 2021, standen: 3, knelpunten: 4, open: 4 },
      { verslagjaar: 2023, standen: 2, knelpunten: 6, open: 5 },
      { verslagjaar: 2024, standen: 3, knelpunten: 8, open: 6 },
    ],
    nieuw: ['belastingdienst/fraude-signalen', 'uwv/portaal-storing'],
    opgelost: ['uwv/ww-hoogte'],
    langlopend: ['belastingdienst/toeslagen-herstel', 'svb/kinderbijslag-buitenland', 'uwv/wia-achterstand'],
    verdwenen: ['svb/pgb-betalingen'],
    zelfde_organisaties: {
      vorig_verslagjaar: 2023,
      organisaties: ['svb', 'uwv'],
      vorig: { knelpunten: 6, open: 5 },
      nu: { knelpunten: 6, open: 5 },
    },
    status_overgangen: [
      { van: 'in_uitvoering', naar: 'structureel_onopgelost', aantal: 2 },
      { van: 'deels_opgelost', naar: 'deels_opgelost', aantal: 1 },
      { van: 'nieuw', naar: 'opgelost', aantal: 1 },
    ],
  },
};

describe('buildModel, edition 2024 (hand-computed)', () => {
  const model = buildModel(fixtureInput(2024));

  it('produces exactly the hand-computed report.json', () => {
    expect(model.report).toStrictEqual(expected2024);
  });

  it('lists the edition knelpunten sorted by organisatie then id', () => {
    expect(model.knelpunten.map((k) => k.global_id)).toEqual([
      'belastingdienst/fraude-signalen',
      'belastingdienst/toeslagen-herstel',
      'svb/aow-gaten',
      'svb/kinderbijslag-buitenland',
      'svb/register-koppeling',
      'uwv/portaal-storing',
      'uwv/wia-achterstand',
      'uwv/ww-hoogte',
    ]);
  });

  it('derives every per-knelpunt field as in the table above', () => {
    const rows = model.knelpunten.map((k) => [
      k.global_id,
      k.open,
      k.oproepen.join(','),
      k.eigenaar,
      k.opdrachtgevers.join(','),
      k.meervoudig_opdrachtgeverschap,
      k.opdrachtgever_toegerekend,
      k.eerste_melding,
      k.jaren_open,
      k.vorige_status,
    ]);
    expect(rows).toEqual([
      ['belastingdienst/fraude-signalen', false, 'O5', 'fin', 'fin', false, 'fin', 2024, null, null],
      ['belastingdienst/toeslagen-herstel', true, 'O1,O5', 'fin', 'fin', false, 'fin', 2019, 5, null],
      ['svb/aow-gaten', true, 'O1,O2', 'szw', 'bzk,szw', true, null, 2023, 1, 'in_uitvoering'],
      ['svb/kinderbijslag-buitenland', true, 'O1,O5', 'szw', 'bzk,szw', true, 'szw', 2021, 3, 'deels_opgelost'],
      ['svb/register-koppeling', true, 'O5', 'szw', 'bzk,szw', true, 'bzk', 2022, 2, null],
      ['uwv/portaal-storing', true, 'O4', 'szw', 'szw', false, 'szw', 2024, 0, null],
      ['uwv/wia-achterstand', true, 'O1,O5', 'szw', 'szw', false, 'szw', 2021, 3, 'in_uitvoering'],
      ['uwv/ww-hoogte', false, 'O1,O2', 'szw', 'szw', false, 'szw', 2023, null, 'nieuw'],
    ]);
  });

  it('points bron at the file and the list item line', () => {
    // svb 2024 is a .yaml Stand; register-koppeling is item 2 → line 10 + 7·2 = 24.
    expect(model.lookup.knelpunten.get('svb/register-koppeling')?.bron).toEqual({
      pad: 'standen/2024/svb.yaml',
      regel: 24,
    });
    expect(model.lookup.knelpunten.get('uwv/wia-achterstand')?.bron).toEqual({ pad: 'standen/2024/uwv.md', regel: 10 });
  });

  it('keeps the history of a global id up to the edition year only', () => {
    const wia = model.lookup.knelpunten.get('uwv/wia-achterstand');
    expect(wia?.geschiedenis.map((g) => [g.verslagjaar, g.status, g.bron.pad, g.bron.regel])).toEqual([
      [2021, 'in_analyse', 'standen/2021/uwv.md', 10],
      [2023, 'in_uitvoering', 'standen/2023/uwv.md', 10],
      [2024, 'structureel_onopgelost', 'standen/2024/uwv.md', 10],
    ]);
  });

  it('gives each edition Stand its driehoek, previous Stand, years and verdwenen', () => {
    expect(model.standen.map((s) => s.organisatie.id)).toEqual(['belastingdienst', 'svb', 'uwv']);
    const svb = model.lookup.standen.get('svb');
    expect(svb?.driehoek.opdrachtgevers).toEqual(['bzk', 'szw']);
    expect(svb?.vorige).toEqual({ verslagjaar: 2023, path: 'standen/2023/svb.md' });
    expect(svb?.jaren.map((j) => j.verslagjaar)).toEqual([2021, 2023, 2024]);
    expect(svb?.verdwenen.map((v) => [v.global_id, v.verslagjaar, v.status, v.bron.regel])).toEqual([
      ['svb/pgb-betalingen', 2023, 'in_uitvoering', 24],
    ]);
    expect(svb?.knelpunten.map((k) => k.id)).toEqual(['kinderbijslag-buitenland', 'aow-gaten', 'register-koppeling']);
    expect(model.lookup.standen.get('belastingdienst')?.vorige).toBeNull();
    expect(model.lookup.standen.get('uwv')?.jaren.map((j) => j.verslagjaar)).toEqual([2021, 2023, 2024]);
  });
});

describe('buildModel, edition 2023 (previous Stand skips 2022)', () => {
  const report = buildModel(fixtureInput(2023)).report;
  const model = buildModel(fixtureInput(2023));

  it('uses 2021 as the previous Stand and ignores 2024 and 2025', () => {
    // ≤ 2023: 2021 (uwv, svb, cjib) + 2023 (uwv, svb) = 5 Standen, 3 organisations.
    expect(report.totalen).toEqual({
      standen: 2,
      organisaties: 2,
      knelpunten: 6,
      open_knelpunten: 5,
      lichtpunten: 0,
      dilemmas: 0,
      standen_alle_jaren: 5,
      organisaties_alle_jaren: 3,
    });
    expect(model.lookup.knelpunten.get('uwv/wia-achterstand')?.vorige_status).toBe('in_analyse');
    // First seen 2023: ww-hoogte, aow-gaten, pgb-betalingen.
    expect(report.trends.nieuw).toEqual(['svb/aow-gaten', 'svb/pgb-betalingen', 'uwv/ww-hoogte']);
    expect(report.trends.opgelost).toEqual(['uwv/datalek']);
    expect(report.trends.verdwenen).toEqual([]);
    expect(report.trends.langlopend).toEqual([]);
    expect(report.trends.per_jaar.map((j) => j.verslagjaar)).toEqual([2021, 2023]);
    expect(report.trends.status_overgangen).toEqual([
      { van: 'in_analyse', naar: 'deels_opgelost', aantal: 1 },
      { van: 'in_analyse', naar: 'in_uitvoering', aantal: 1 },
      { van: 'in_uitvoering', naar: 'opgelost', aantal: 1 },
    ]);
    // svb has two opdrachtgevers from 2023 on, and no knelpunt names one.
    expect(report.meervoudig_opdrachtgeverschap).toEqual([
      { organisatie: 'svb', opdrachtgevers: ['bzk', 'szw'], knelpunten: 3, opdrachtgever_onbepaald: 3 },
    ]);
    expect(report.gedeelde_knelpunten).toEqual([]);
  });
});

describe('buildModel, like-for-like when the year before is missing or differs', () => {
  it('2023: no Standen in 2022, so nobody to compare and every vorig_jaar is 0', () => {
    const report = buildModel(fixtureInput(2023)).report;
    expect(report.trends.zelfde_organisaties).toEqual({
      vorig_verslagjaar: 2022,
      organisaties: [],
      vorig: { knelpunten: 0, open: 0 },
      nu: { knelpunten: 0, open: 0 },
    });
    expect(report.per_thema.map((r) => [r.thema, r.vorig_jaar, r.dit_jaar_zelfde_organisaties])).toEqual([
      ['dienstverlening', 0, 0],
      ['wetgeving', 0, 0],
      ['gegevensuitwisseling', 0, 0],
      ['personeel', 0, 0],
    ]);
  });

  it('2025: only uwv has 2024 and 2025 (cjib skips 2024, ind is new), and its themes shift', () => {
    // uwv 2024: wia (dienst, open), ww-hoogte (wetg, opgelost), portaal (dienst, open) → 3, open 2.
    // uwv 2025: wia, portaal (dienst, both opgelost) → 2, open 0.
    const report = buildModel(fixtureInput(2025)).report;
    expect(report.trends.zelfde_organisaties).toEqual({
      vorig_verslagjaar: 2024,
      organisaties: ['uwv'],
      vorig: { knelpunten: 3, open: 2 },
      nu: { knelpunten: 2, open: 0 },
    });
    const byThema = Object.fromEntries(report.per_thema.map((r) => [r.thema, [r.vorig_jaar, r.dit_jaar_zelfde_organisaties]]));
    expect(byThema).toEqual({ dienstverlening: [2, 2], wetgeving: [1, 0], gegevensuitwisseling: [0, 0], personeel: [0, 0] });
    // Raw totals still count every 2025 Stand: uwv 2 + cjib 1 + ind 1.
    expect(report.totalen.knelpunten).toBe(4);
    // jenv owns cjib and ind (one opdrachtgever each, so attributed); their actie_bij is the default opdrachtnemer.
    expect(report.per_ministerie).toEqual([
      { ministerie: 'jenv', als_eigenaar: 2, als_opdrachtgever: 2, actie_als_opdrachtgever: 0 },
      { ministerie: 'szw', als_eigenaar: 2, als_opdrachtgever: 2, actie_als_opdrachtgever: 0 },
    ]);
  });
});

describe('buildModel, purity', () => {
  it('does not depend on the order of the input Standen', () => {
    const input = fixtureInput(2024);
    const reversed = { ...input, standen: [...input.standen].reverse() };
    expect(JSON.stringify(buildModel(reversed).report)).toBe(JSON.stringify(buildModel(input).report));
    expect(buildModel(reversed).knelpunten).toEqual(buildModel(input).knelpunten);
  });

  it('does not mutate its input', () => {
    const input = fixtureInput(2024);
    const before = JSON.stringify(input);
    buildModel(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('fills publicatiedatum with null when the edition has none', () => {
    const input = fixtureInput(2024);
    const { publicatiedatum: _, ...edition } = input.edition;
    expect(buildModel({ ...input, edition }).report.publicatiedatum).toBeNull();
  });
});
