// data/report.json. The object is rebuilt key by key in the order of report.md, so the
// file's key order never depends on how the model happened to construct its objects.
import type { ReportJson } from '../model/types.js';
import { jsonText } from './json.js';

export function orderedReport(r: ReportJson): ReportJson {
  const t = r.totalen;
  return {
    editie: r.editie,
    titel: r.titel,
    verslagjaar: r.verslagjaar,
    publicatiedatum: r.publicatiedatum,
    ...(r.concept === true ? { concept: true as const } : {}),
    totalen: {
      standen: t.standen,
      organisaties: t.organisaties,
      knelpunten: t.knelpunten,
      open_knelpunten: t.open_knelpunten,
      lichtpunten: t.lichtpunten,
      dilemmas: t.dilemmas,
      standen_alle_jaren: t.standen_alle_jaren,
      organisaties_alle_jaren: t.organisaties_alle_jaren,
    },
    per_thema: r.per_thema.map((x) => ({
      thema: x.thema,
      naam: x.naam,
      knelpunten: x.knelpunten,
      knelpunten_incl_subthemas: x.knelpunten_incl_subthemas,
      organisaties: x.organisaties,
      open: x.open,
      vorig_jaar: x.vorig_jaar,
      dit_jaar_zelfde_organisaties: x.dit_jaar_zelfde_organisaties,
    })),
    per_oproep: r.per_oproep.map((x) => ({ oproep: x.oproep, titel: x.titel, knelpunten: x.knelpunten })),
    per_actie_bij: r.per_actie_bij.map((x) => ({ rol: x.rol, knelpunten: x.knelpunten })),
    per_ministerie: r.per_ministerie.map((x) => ({
      ministerie: x.ministerie,
      als_eigenaar: x.als_eigenaar,
      als_opdrachtgever: x.als_opdrachtgever,
      actie_als_opdrachtgever: x.actie_als_opdrachtgever,
    })),
    meervoudig_opdrachtgeverschap: r.meervoudig_opdrachtgeverschap.map((x) => ({
      organisatie: x.organisatie,
      opdrachtgevers: [...x.opdrachtgevers],
      knelpunten: x.knelpunten,
      opdrachtgever_onbepaald: x.opdrachtgever_onbepaald,
    })),
    gedeelde_knelpunten: r.gedeelde_knelpunten.map((x) => ({
      gedeeld_knelpunt: x.gedeeld_knelpunt,
      organisaties: [...x.organisaties],
      knelpunten: [...x.knelpunten],
    })),
    trends: {
      per_jaar: r.trends.per_jaar.map((x) => ({
        verslagjaar: x.verslagjaar,
        standen: x.standen,
        knelpunten: x.knelpunten,
        open: x.open,
      })),
      nieuw: [...r.trends.nieuw],
      opgelost: [...r.trends.opgelost],
      langlopend: [...r.trends.langlopend],
      verdwenen: [...r.trends.verdwenen],
      zelfde_organisaties: {
        vorig_verslagjaar: r.trends.zelfde_organisaties.vorig_verslagjaar,
        organisaties: [...r.trends.zelfde_organisaties.organisaties],
        vorig: { knelpunten: r.trends.zelfde_organisaties.vorig.knelpunten, open: r.trends.zelfde_organisaties.vorig.open },
        nu: { knelpunten: r.trends.zelfde_organisaties.nu.knelpunten, open: r.trends.zelfde_organisaties.nu.open },
      },
      status_overgangen: r.trends.status_overgangen.map((x) => ({ van: x.van, naar: x.naar, aantal: x.aantal })),
    },
  };
}

export function reportJson(report: ReportJson): string {
  return jsonText(orderedReport(report));
}
