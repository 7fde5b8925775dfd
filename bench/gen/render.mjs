// Turns a Stand skeleton into file text (.md with front matter, or .yaml with
// `samenvatting`), regenerating the Markdown until the file lands near its byte target.
import { stringify } from 'yaml';
import { createRng } from './prng.mjs';
import { THEMAS } from './registers.mjs';
import { markdown, phrase, title } from './text.mjs';

const MIN_BYTES = 5 * 1024;
const MAX_BYTES = 50 * 1000;
const KERNCIJFERS = [['Aantal klanten', 'aantal'], ['Beslissingen binnen termijn', '%'], ['Ingediende bezwaren', 'aantal'], ['Klanttevredenheid', 'rapportcijfer'], ['Formatie', 'fte'], ['Werkvoorraad', 'aantal'], ['Digitale aanvragen', '%']];

export const yamlOptions = { lineWidth: 0, minContentWidth: 0 };

function knelpuntEntry(kp, rng, budget) {
  const entry = { id: kp.id, titel: title(createRng(kp.titleSeed, 'titel')), status: kp.status, thema: kp.thema };
  if (kp.subthemas) entry.subthemas = kp.subthemas;
  entry.actie_bij = kp.actie_bij;
  if (kp.opdrachtgever) entry.opdrachtgever = kp.opdrachtgever;
  if (kp.eerste_melding !== undefined) entry.eerste_melding = kp.eerste_melding;
  entry.beschrijving = markdown(rng, budget * 0.45, { headingLevel: 3 });
  entry.gevolgen = markdown(rng, budget * 0.3);
  entry.oplossingsrichting = markdown(rng, budget * 0.25);
  for (const key of ['doelgroepen', 'wetten', 'ketenpartners', 'gedeeld_knelpunt', 'hardheid', 'oproepen', 'urgentie', 'herkomst', 'bronnen']) {
    if (kp[key] !== undefined) entry[key] = kp[key];
  }
  return entry;
}

function extras(sk, rng, orgIds) {
  const { plan, year } = sk;
  const lichtpunten = [];
  for (let k = 1, n = rng.int(0, 4); k <= n; k++) {
    const lp = { id: `lichtpunt-${k}`, titel: `Goed voorbeeld: ${phrase(rng).toLowerCase()} aangepakt`, beschrijving: markdown(rng, rng.int(150, 700)), thema: rng.pick(THEMAS).id };
    if (rng.chance(0.3)) lp.organisaties = rng.sample(orgIds.filter((o) => o !== plan.id), rng.int(1, 2));
    if (rng.chance(0.3)) lp.bronnen = [`https://www.rijksoverheid.nl/actueel/nieuws/${year}/${rng.int(1, 12)}/${rng.int(1, 28)}/voorbeeld-${k}`];
    lichtpunten.push(lp);
  }
  const dilemmas = [];
  for (let k = 1, n = rng.int(0, 3); k <= n; k++) {
    const d = { id: `dilemma-${k}`, titel: `Kiezen tussen ${phrase(rng).toLowerCase()} en maatwerk`, beschrijving: markdown(rng, rng.int(150, 600)) };
    if (rng.chance(0.7)) d.afweging_tussen = [phrase(rng), 'Maatwerk voor de burger'];
    if (rng.chance(0.6)) d.thema = rng.pick(THEMAS).id;
    dilemmas.push(d);
  }
  const kerncijfers = rng.sample(KERNCIJFERS, rng.int(2, 6)).map(([label, eenheid]) => {
    const waarde = eenheid === '%' || eenheid === 'rapportcijfer' ? Math.round(rng.next() * 1000) / 10 : rng.int(100, 2000000);
    return { label, waarde: eenheid === 'rapportcijfer' ? Math.round(waarde) / 10 : waarde, eenheid, peildatum: `${year}-12-31` };
  });
  return { lichtpunten, dilemmas, kerncijfers };
}

function compose(sk, orgIds, scale, attempt) {
  const { plan, year, knelpunten, targetBytes } = sk;
  const rng = createRng(`${sk.seed}`, `text/${plan.id}/${year}/${attempt}`);
  const head = { organisatie: plan.id, verslagjaar: year };
  if (rng.chance(0.5)) head.titel = `Stand van de Uitvoering ${year} ${plan.afkorting ?? plan.naam}`;
  if (rng.chance(0.6)) head.publicatiedatum = `${year + 1}-0${rng.int(1, 5)}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  if (rng.chance(0.5)) head.bron_url = `https://www.${plan.id}.nl/publicaties/stand-van-de-uitvoering-${year}`;
  const summaryBudget = targetBytes * 0.06 * scale;
  const perKnelpunt = Math.max(150, ((targetBytes * 0.82 - 900) * scale) / knelpunten.length - 500);
  const stand = { ...head, knelpunten: knelpunten.map((kp) => knelpuntEntry(kp, rng, perKnelpunt * (0.5 + rng.next()))) };
  const { lichtpunten, dilemmas, kerncijfers } = extras(sk, rng, orgIds);
  if (lichtpunten.length > 0) stand.lichtpunten = lichtpunten;
  if (dilemmas.length > 0) stand.dilemmas = dilemmas;
  stand.kerncijfers = kerncijfers;
  let summary = markdown(rng, summaryBudget, { headingLevel: 2 });
  const serialize = () => {
    if (plan.format === 'yaml') return stringify({ ...stand, samenvatting: summary }, yamlOptions);
    return `---\n${stringify(stand, yamlOptions)}---\n\n# Stand van de Uitvoering ${year}\n\n${summary}\n`;
  };
  let text = serialize();
  // Hard lower bound: lengthen the summary until the file reaches 5 KB.
  while (Buffer.byteLength(text) < MIN_BYTES) {
    summary += `\n\n${markdown(rng, MIN_BYTES - Buffer.byteLength(text))}`;
    text = serialize();
  }
  return text;
}

/** File text of a Stand, within 5–50 KB and near its target size (best of a few tries). */
export function renderStand(sk, orgIds) {
  let scale = 1;
  let best = null;
  for (let attempt = 0; attempt < 4; attempt++) {
    const text = compose(sk, orgIds, scale, attempt);
    const bytes = Buffer.byteLength(text);
    const error = Math.abs(Math.log(bytes / sk.targetBytes));
    if (bytes <= MAX_BYTES && (best === null || error < best.error)) best = { text, error };
    if (best !== null && best.error < 0.08) break;
    scale *= sk.targetBytes / bytes;
  }
  if (best === null) throw new Error(`Stand ${sk.plan.id} ${sk.year} exceeds ${MAX_BYTES} bytes`);
  return best.text;
}
