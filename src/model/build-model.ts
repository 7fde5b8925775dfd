// buildModel: the pure aggregation of report.md. No I/O, no clock; the same input always
// gives the same output, in the same order.
import type { Organisatie } from './content.js';
import type {
  DerivedKnelpunt,
  EditionStand,
  HistorieRij,
  ModelInput,
  ReportJson,
  ReportModel,
  StandSource,
  VerdwenenKnelpunt,
} from './types.js';
import { buildHistory, bronOf, globalId, historieRows, previousStand, type History } from './history.js';
import { deriveKnelpunt } from './derive.js';
import { driehoekInYear } from './driehoek.js';
import { isOpen } from './status.js';
import { compareIds } from './sort.js';
import {
  gedeeldeKnelpunten,
  meervoudigOpdrachtgeverschap,
  perActieBij,
  perMinisterie,
  perOproep,
  perThema,
} from './aggregate.js';
import { buildTrends } from './trends.js';
import { likeForLike } from './like-for-like.js';

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/**
 * Open knelpunten of the previous Stand whose id is absent from the current one. Only
 * organisations with a Stand in the edition are asked: an organisation that submitted
 * nothing this year has not "dropped" its knelpunten, it is simply missing (and visible as
 * such in totalen), so its whole list is not reported as verdwenen.
 */
function verdwenenFrom(current: StandSource, vorige: StandSource | undefined): VerdwenenKnelpunt[] {
  if (!vorige) return [];
  const present = new Set(current.stand.knelpunten.map((k) => k.id));
  const organisatie = current.stand.organisatie;
  const result: VerdwenenKnelpunt[] = [];
  vorige.stand.knelpunten.forEach((k, index) => {
    if (present.has(k.id) || !isOpen(k.status)) return;
    result.push({
      organisatie,
      id: k.id,
      global_id: globalId(organisatie, k.id),
      titel: k.titel,
      verslagjaar: vorige.stand.verslagjaar,
      status: k.status,
      bron: bronOf(vorige, index),
    });
  });
  return result.sort((a, b) => compareIds(a.id, b.id));
}

function editionStanden(input: ModelInput, history: History): EditionStand[] {
  const year = input.edition.verslagjaar;
  const organisaties = byId(input.registers.organisaties);
  const themas = byId(input.registers.themas);
  return history.standen
    .filter((s) => s.stand.verslagjaar === year)
    .map((source) => {
      const orgId = source.stand.organisatie;
      // Lint guarantees the organisation exists; a minimal entry keeps the model total anyway.
      const organisatie: Organisatie = organisaties.get(orgId) ?? { id: orgId, naam: orgId, type: 'overig', driehoek: [] };
      const driehoek = driehoekInYear(organisatie, year);
      const vorige = previousStand(history, orgId, year);
      const knelpunten = source.stand.knelpunten.map((_, index) =>
        deriveKnelpunt(source, index, { history, themas, driehoek, vorige }),
      );
      return {
        ...source,
        organisatie,
        driehoek,
        knelpunten,
        vorige: vorige ? { verslagjaar: vorige.stand.verslagjaar, path: vorige.path } : null,
        verdwenen: verdwenenFrom(source, vorige),
        jaren: (history.byOrganisatie.get(orgId) ?? []).map((s) => ({ verslagjaar: s.stand.verslagjaar, path: s.path })),
      };
    })
    .sort((a, b) => compareIds(a.organisatie.id, b.organisatie.id) || compareIds(a.path, b.path));
}

export function buildModel(input: ModelInput): ReportModel {
  const { edition, registers } = input;
  const history = buildHistory(input.standen, edition.verslagjaar);
  const standen = editionStanden(input, history);
  const knelpunten: DerivedKnelpunt[] = standen
    .flatMap((s) => s.knelpunten)
    .sort((a, b) => compareIds(a.organisatie, b.organisatie) || compareIds(a.id, b.id));
  const verdwenen = standen.flatMap((s) => s.verdwenen).sort((a, b) => compareIds(a.global_id, b.global_id));
  const like = likeForLike(history);

  const report: ReportJson = {
    editie: edition.editie,
    titel: edition.titel,
    verslagjaar: edition.verslagjaar,
    publicatiedatum: edition.publicatiedatum ?? null,
    ...(input.concept === true ? { concept: true as const } : {}),
    totalen: {
      standen: standen.length,
      organisaties: new Set(standen.map((s) => s.organisatie.id)).size,
      knelpunten: knelpunten.length,
      open_knelpunten: knelpunten.filter((k) => k.open).length,
      lichtpunten: standen.reduce((n, s) => n + (s.stand.lichtpunten?.length ?? 0), 0),
      dilemmas: standen.reduce((n, s) => n + (s.stand.dilemmas?.length ?? 0), 0),
      // "All years" = every year of the tree the edition may see: later years than the
      // edition are ignored everywhere (report.md, "Which Standen"), so a rebuilt 2023
      // edition gives the same numbers whether or not 2024 Standen exist already.
      standen_alle_jaren: history.standen.length,
      organisaties_alle_jaren: history.byOrganisatie.size,
    },
    per_thema: perThema(registers.themas, knelpunten, like),
    per_oproep: perOproep(registers.oproepen, knelpunten),
    per_actie_bij: perActieBij(knelpunten),
    per_ministerie: perMinisterie(registers.ministeries, knelpunten),
    meervoudig_opdrachtgeverschap: meervoudigOpdrachtgeverschap(standen),
    gedeelde_knelpunten: gedeeldeKnelpunten(knelpunten),
    trends: buildTrends(history, knelpunten, verdwenen, like),
  };

  // The history table is only for the open data: made when first read (a preview seldom does).
  let historie: HistorieRij[] | undefined;
  return {
    edition,
    report,
    concept: input.concept === true,
    knelpunten,
    standen,
    verdwenen,
    get historie(): HistorieRij[] {
      return (historie ??= historieRows(history));
    },
    registers,
    lookup: {
      ministeries: byId(registers.ministeries),
      organisaties: byId(registers.organisaties),
      themas: byId(registers.themas),
      oproepen: byId(registers.oproepen),
      knelpunten: new Map(knelpunten.map((k) => [k.global_id, k])),
      standen: new Map(standen.map((s) => [s.organisatie.id, s])),
    },
  };
}
