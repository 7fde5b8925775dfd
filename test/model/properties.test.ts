import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildModel } from '../../src/model/build-model.js';
import type { Knelpunt } from '../../src/model/content.js';
import type { ModelInput } from '../../src/model/types.js';
import { fixtureInput, knelpunt, stand } from './fixture.js';

const REGISTERS = fixtureInput().registers;
const ORGS = ['uwv', 'svb', 'belastingdienst', 'cjib'] as const;
const STATUSES = ['nieuw', 'in_analyse', 'in_uitvoering', 'deels_opgelost', 'opgelost', 'structureel_onopgelost', 'vervallen'] as const;
const ROLES = ['politiek', 'eigenaar', 'opdrachtgever', 'opdrachtnemer', 'ketenpartner', 'medeoverheid', 'eu'] as const;
const THEMAS = REGISTERS.themas.map((t) => t.id);
const isOpen = (s: string) => s !== 'opgelost' && s !== 'vervallen';

function knelpuntArb(year: number): fc.Arbitrary<Omit<Knelpunt, 'id'>> {
  return fc
    .record({
      status: fc.constantFrom(...STATUSES),
      thema: fc.constantFrom(...THEMAS),
      subthemas: fc.option(fc.subarray(THEMAS, { minLength: 1 }), { nil: undefined }),
      actie_bij: fc.subarray([...ROLES], { minLength: 1 }),
      oproepen: fc.option(fc.subarray(['O1', 'O2', 'O3', 'O4', 'O5'] as const), { nil: undefined }),
      eerste_melding: fc.option(fc.integer({ min: 2015, max: year }), { nil: undefined }),
      gedeeld_knelpunt: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
    })
    .map((r) => {
      // exactOptionalPropertyTypes: drop the undefined options instead of setting them.
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
      return out as unknown as Omit<Knelpunt, 'id'>;
    });
}

/** A random tree: per organisation a random set of years 2020–2026, per Stand up to 5 knelpunten. */
const treeArb: fc.Arbitrary<ModelInput> = fc
  .record({
    edition: fc.integer({ min: 2020, max: 2025 }),
    cells: fc.array(
      fc.record({
        org: fc.constantFrom(...ORGS),
        year: fc.integer({ min: 2020, max: 2026 }),
        ids: fc.uniqueArray(fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6'), { maxLength: 5 }),
        seed: fc.array(knelpuntArb(2026), { minLength: 6, maxLength: 6 }),
      }),
      { maxLength: 12 },
    ),
  })
  .map(({ edition, cells }) => {
    const seen = new Set<string>();
    const standen = cells
      .filter((c) => !seen.has(`${c.org}/${c.year}`) && seen.add(`${c.org}/${c.year}`))
      .map((c) =>
        stand(
          c.org,
          c.year,
          c.ids.map((id, i) => {
            const k = knelpunt({ id, ...(c.seed[i] as Omit<Knelpunt, 'id'>) });
            // eerste_melding may never lie after the Stand's year (lint rule).
            if (k.eerste_melding !== undefined && k.eerste_melding > c.year) delete k.eerste_melding;
            return k;
          }),
        ),
      );
    return { edition: { titel: 'T', editie: String(edition), verslagjaar: edition }, registers: REGISTERS, standen };
  });

function sortedByCountThenId<T>(list: T[], count: (t: T) => number, id: (t: T) => string): boolean {
  return list.every((x, i) => {
    const next = list[i + 1];
    if (next === undefined) return true;
    return count(x) > count(next) || (count(x) === count(next) && id(x) < id(next));
  });
}

describe('report invariants over random trees', () => {
  it('adds up: themes, open, years, transitions', () => {
    fc.assert(
      fc.property(treeArb, (input) => {
        const { report, knelpunten } = buildModel(input);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(report.per_thema.map((t) => t.knelpunten))).toBe(report.totalen.knelpunten);
        expect(sum(report.per_thema.map((t) => t.open))).toBe(report.totalen.open_knelpunten);
        expect(knelpunten.length).toBe(report.totalen.knelpunten);
        expect(sum(report.trends.per_jaar.map((j) => j.standen))).toBe(report.totalen.standen_alle_jaren);
        expect(sum(report.trends.status_overgangen.map((s) => s.aantal))).toBe(
          knelpunten.filter((k) => k.vorige_status !== null).length,
        );
        const editionYear = report.trends.per_jaar.find((j) => j.verslagjaar === input.edition.verslagjaar);
        expect(editionYear?.knelpunten ?? 0).toBe(report.totalen.knelpunten);
        expect(editionYear?.open ?? 0).toBe(report.totalen.open_knelpunten);
        // Like-for-like: the thema columns add up to its totals, which never exceed the raw ones.
        const zelfde = report.trends.zelfde_organisaties;
        expect(sum(report.per_thema.map((t) => t.vorig_jaar))).toBe(zelfde.vorig.knelpunten);
        expect(sum(report.per_thema.map((t) => t.dit_jaar_zelfde_organisaties))).toBe(zelfde.nu.knelpunten);
        expect(zelfde.nu.knelpunten).toBeLessThanOrEqual(report.totalen.knelpunten);
        const before = report.trends.per_jaar.find((j) => j.verslagjaar === zelfde.vorig_verslagjaar);
        expect(zelfde.vorig.knelpunten).toBeLessThanOrEqual(before?.knelpunten ?? 0);
        expect(zelfde.organisaties.length).toBeLessThanOrEqual(Math.min(report.totalen.standen, before?.standen ?? 0));
        for (const m of report.per_ministerie) expect(m.actie_als_opdrachtgever).toBeLessThanOrEqual(m.als_opdrachtgever);
        expect(sum(report.per_ministerie.map((m) => m.actie_als_opdrachtgever))).toBe(
          knelpunten.filter((k) => k.opdrachtgever_toegerekend !== null && k.actie_bij.includes('opdrachtgever')).length,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('lists every register entry and role, sorted counts descending then id', () => {
    fc.assert(
      fc.property(treeArb, (input) => {
        const { report } = buildModel(input);
        expect(report.per_thema.map((t) => t.thema).sort()).toEqual([...THEMAS].sort());
        expect(report.per_oproep).toHaveLength(5);
        expect(report.per_actie_bij.map((r) => r.rol).sort()).toEqual([...ROLES].sort());
        expect(sortedByCountThenId(report.per_thema, (t) => t.knelpunten, (t) => t.thema)).toBe(true);
        expect(sortedByCountThenId(report.per_oproep, (t) => t.knelpunten, (t) => t.oproep)).toBe(true);
        expect(sortedByCountThenId(report.per_actie_bij, (t) => t.knelpunten, (t) => t.rol)).toBe(true);
        for (const m of report.per_ministerie) expect(m.als_eigenaar + m.als_opdrachtgever).toBeGreaterThan(0);
        for (const g of report.gedeelde_knelpunten) expect(g.organisaties.length).toBeGreaterThanOrEqual(2);
        for (const ids of [report.trends.nieuw, report.trends.opgelost, report.trends.langlopend, report.trends.verdwenen]) {
          expect(ids).toEqual([...ids].sort());
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps trend lists consistent with the derived knelpunten', () => {
    fc.assert(
      fc.property(treeArb, (input) => {
        const { report, lookup } = buildModel(input);
        for (const id of report.trends.langlopend) expect(lookup.knelpunten.get(id)?.open).toBe(true);
        for (const id of report.trends.opgelost) expect(lookup.knelpunten.get(id)?.status).toBe('opgelost');
        for (const id of report.trends.nieuw) expect(lookup.knelpunten.get(id)?.eerste_melding).toBe(input.edition.verslagjaar);
        for (const id of report.trends.verdwenen) expect(lookup.knelpunten.has(id)).toBe(false);
        for (const k of lookup.knelpunten.values()) {
          expect(k.jaren_open === null).toBe(!isOpen(k.status));
          expect(k.geschiedenis.every((g) => g.verslagjaar <= input.edition.verslagjaar)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('ignores Standen later than the edition and the order of the input', () => {
    fc.assert(
      fc.property(treeArb, (input) => {
        const year = input.edition.verslagjaar;
        const upToEdition = { ...input, standen: input.standen.filter((s) => s.stand.verslagjaar <= year) };
        const reversed = { ...input, standen: [...input.standen].reverse() };
        const expected = JSON.stringify(buildModel(upToEdition).report);
        expect(JSON.stringify(buildModel(input).report)).toBe(expected);
        expect(JSON.stringify(buildModel(reversed).report)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
