// The yearly evolution of each organisation's knelpunten and the Stand skeletons.
// Structure (ids, statuses, references) is decided here; text comes later in
// render.mjs, so the size targeting there can regenerate text freely.
import { THEMAS, OPROEPEN, hasStand, opdrachtgeversIn } from './registers.mjs';

const ROLES = [['opdrachtgever', 50], ['politiek', 30], ['opdrachtnemer', 25], ['eigenaar', 20], ['ketenpartner', 20], ['medeoverheid', 10], ['eu', 5]];
const DOELGROEPEN = ['burgers', 'ondernemers', 'medewerkers', 'ketenpartners', 'overheid'];
const WETTEN = ['Participatiewet', 'Algemene wet inkomensafhankelijke regelingen', 'Wet studiefinanciering 2000', 'Vreemdelingenwet 2000', 'Wet langdurige zorg', 'Wet maatschappelijke ondersteuning 2015', 'Algemene wet bestuursrecht', 'Algemene Ouderdomswet', 'Wet werk en inkomen naar arbeidsvermogen', 'Wegenverkeerswet 1994'];
const HERKOMST = ['stand', 'kamerbrief', 'jaarverslag', 'rekenkamer', 'nieuws', 'anders'];
const SHARED_TOPICS = ['samenloop-toeslagen', 'inkomensbegrip', 'gegevensdeling-brp', 'arbeidsmarktkrapte', 'legacy-vervanging', 'beslistermijnen', 'schuldenaanpak', 'digitale-toegang', 'eu-migratiepact', 'stikstof-vergunningen'];
const OPEN_INHERITED = ['in_analyse', 'in_uitvoering', 'deels_opgelost', 'structureel_onopgelost'];
const CLOSED = new Set(['opgelost', 'vervallen']);

// Next status of a knelpunt that stays on the list, by current status.
const TRANSITIONS = {
  nieuw: [['in_analyse', 70], ['in_uitvoering', 20], ['vervallen', 10]],
  in_analyse: [['in_uitvoering', 50], ['in_analyse', 20], ['structureel_onopgelost', 10], ['deels_opgelost', 10], ['vervallen', 10]],
  in_uitvoering: [['deels_opgelost', 35], ['opgelost', 25], ['in_uitvoering', 30], ['structureel_onopgelost', 10]],
  deels_opgelost: [['opgelost', 50], ['deels_opgelost', 40], ['in_uitvoering', 10]],
  structureel_onopgelost: [['structureel_onopgelost', 70], ['in_uitvoering', 20], ['vervallen', 10]],
};

export const isOpen = (status) => !CLOSED.has(status);

function roles(rng) {
  const chosen = ROLES.filter(([, w]) => rng.chance(w / 100)).map(([role]) => role);
  return chosen.length > 0 ? chosen : [rng.weighted(ROLES)];
}

function newKnelpunt(rng, ctx, plan, number, year, firstStand, shared) {
  const thema = shared ? shared.thema : rng.pick(THEMAS).id;
  // Ids read like real ones (topic + number) and are never reused within the organisation.
  const id = `${shared ? shared.slug.replace(/-\d+-\d+$/, '') : thema}-${number}`;
  const kp = { id, thema, actie_bij: roles(rng), ogIndex: rng.int(0, 5), titleSeed: rng.int(0, 1e9) };
  if (firstStand && rng.chance(0.4)) {
    kp.status = rng.pick(OPEN_INHERITED);
    kp.eerste_melding = year - rng.int(1, 6); // reported before the tree's first year
  } else {
    kp.status = 'nieuw';
    if (rng.chance(0.3)) kp.eerste_melding = year;
  }
  if (rng.chance(0.35)) kp.subthemas = rng.sample(THEMAS.map((t) => t.id).filter((t) => t !== kp.thema), rng.int(1, 2));
  if (rng.chance(0.6)) kp.doelgroepen = rng.sample(DOELGROEPEN, rng.int(1, 2));
  if (rng.chance(0.5)) kp.wetten = rng.sample(WETTEN, rng.int(1, 2));
  if (rng.chance(0.3)) kp.ketenpartners = rng.sample(ctx.orgIds.filter((o) => o !== plan.id), rng.int(1, 3));
  if (shared) kp.gedeeld_knelpunt = shared.slug;
  if (rng.chance(0.3)) kp.hardheid = rng.chance(0.7);
  if (rng.chance(0.1)) kp.oproepen = rng.sample(OPROEPEN.map((o) => o.id), rng.int(1, 2)).sort();
  if (rng.chance(0.7)) kp.urgentie = rng.pick(['laag', 'midden', 'hoog']);
  if (rng.chance(0.5)) kp.herkomst = rng.pick(HERKOMST);
  if (rng.chance(0.3)) kp.bronnen = [`https://www.tweedekamer.nl/kamerstukken/detail?id=${year}Z${rng.int(10000, 99999)}`];
  return kp;
}

/** Knelpunt count and byte size targets of one Stand, correlated (5–50 KB, 3–40). */
function targets(rng) {
  const bytes = Math.round(rng.logUniform(5300, 47000));
  const position = Math.log(bytes / 5300) / Math.log(47000 / 5300);
  const count = Math.max(3, Math.min(40, Math.round(3 + position * 37 + rng.int(-4, 4))));
  return { bytes, count };
}

/** Shared (gedeeld) knelpunten of a year: each topic given to 2–5 active organisations. */
function sharedAssignments(rng, activePlans, year) {
  const byOrg = new Map();
  const topics = Math.max(1, Math.round(activePlans.length / 10));
  for (let k = 0; k < topics && activePlans.length >= 2; k++) {
    const slug = `${rng.pick(SHARED_TOPICS)}-${year}-${k + 1}`;
    const thema = rng.pick(THEMAS).id;
    for (const plan of rng.sample(activePlans, rng.int(2, Math.min(5, activePlans.length)))) {
      if (!byOrg.has(plan.id)) byOrg.set(plan.id, []);
      byOrg.get(plan.id).push({ slug, thema });
    }
  }
  return byOrg;
}

/**
 * Yields, per year, the Stand skeletons of every organisation with a Stand that year.
 * Continuity: every open knelpunt of an organisation's previous Stand is carried over.
 */
export function* evolveStanden(rng, plans, years, reformYear) {
  const ctx = { orgIds: plans.map((p) => p.id) };
  const state = new Map(plans.map((p) => [p.id, { current: [], counter: 0, standen: 0 }]));
  for (const year of years) {
    const active = plans.filter((p) => hasStand(p, year));
    const shared = sharedAssignments(rng.fork(`shared-${year}`), active, year);
    const skeletons = [];
    for (const plan of active) {
      const r = rng.fork(`stand-${plan.id}-${year}`);
      const s = state.get(plan.id);
      const knelpunten = [];
      const target = targets(r);
      // Open knelpunten must all be carried over, so a Stand cannot shrink at once; when
      // there are more than this year's target, extra ones are closed now (listed one last
      // time) so the count follows its target a year later instead of piling up at 40.
      const openBefore = s.current.filter((kp) => isOpen(kp.status)).length;
      const closeChance = openBefore > target.count ? Math.min(0.6, (openBefore - target.count) / openBefore) : 0;
      for (const prev of s.current) {
        if (!isOpen(prev.status)) {
          // A solved or vervallen knelpunt may stay one more year, then drops out.
          if (!prev.keptClosed && r.chance(0.3)) knelpunten.push({ ...prev, keptClosed: true });
          continue;
        }
        let status = r.weighted(TRANSITIONS[prev.status]);
        if (isOpen(status) && r.chance(closeChance)) {
          status = ['in_uitvoering', 'deels_opgelost'].includes(prev.status) ? 'opgelost' : 'vervallen';
        }
        const kp = { ...prev, status };
        if (r.chance(0.1)) kp.actie_bij = roles(r); // the move sometimes shifts elsewhere
        knelpunten.push(kp);
      }
      const sharedHere = shared.get(plan.id) ?? [];
      const fresh = Math.max(0, target.count - knelpunten.length);
      const firstStand = s.standen === 0;
      for (let k = 0; k < Math.max(fresh, sharedHere.length) && knelpunten.length < 40; k++) {
        s.counter += 1;
        knelpunten.push(newKnelpunt(r, ctx, plan, s.counter, year, firstStand, sharedHere[k]));
      }
      const opdrachtgevers = opdrachtgeversIn(plan, year, reformYear);
      for (const kp of knelpunten) {
        delete kp.opdrachtgever;
        if (opdrachtgevers.length > 1 && kp.actie_bij.includes('opdrachtgever')) {
          kp.opdrachtgever = opdrachtgevers[kp.ogIndex % opdrachtgevers.length];
        }
      }
      s.current = knelpunten;
      s.standen += 1;
      skeletons.push({ plan, year, knelpunten, targetBytes: target.bytes, rng: r });
    }
    dropSingleShared(skeletons);
    yield { year, skeletons };
  }
}

/** A gedeeld_knelpunt value used by one organisation only that year is left out (no info message). */
function dropSingleShared(skeletons) {
  const orgsBySlug = new Map();
  for (const { plan, knelpunten } of skeletons) {
    for (const kp of knelpunten) {
      if (!kp.gedeeld_knelpunt) continue;
      if (!orgsBySlug.has(kp.gedeeld_knelpunt)) orgsBySlug.set(kp.gedeeld_knelpunt, new Set());
      orgsBySlug.get(kp.gedeeld_knelpunt).add(plan.id);
    }
  }
  for (const sk of skeletons) {
    sk.knelpunten = sk.knelpunten.map((kp) => {
      if (kp.gedeeld_knelpunt && orgsBySlug.get(kp.gedeeld_knelpunt).size < 2) {
        const { gedeeld_knelpunt: _dropped, ...rest } = kp;
        return rest;
      }
      return kp;
    });
  }
}
