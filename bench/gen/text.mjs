// Dutch-looking Markdown of a requested length, built from small word lists.
// It exercises what the renderer must handle: paragraphs with emphasis and
// links, GFM bullet/ordered/task lists, tables and strikethrough. No raw HTML
// and no autolinks, so generated content never triggers the `raw-html` rule.

const SUBJECTS = [
  'De uitvoering', 'Burgers', 'Ondernemers', 'Medewerkers aan de balie', 'De keten', 'Het systeem',
  'De regeling', 'Gemeenten', 'Het opdrachtgevende ministerie', 'De wetgever', 'Het klantcontactcentrum',
  'De bezwaarafdeling', 'Ketenpartners', 'Aanvragers met een laag inkomen', 'Jongeren', 'Zzp’ers',
];
const VERBS = [
  'loopt vast op', 'heeft moeite met', 'ervaart vertraging door', 'wordt geraakt door', 'is afhankelijk van',
  'worstelt met', 'krijgt te maken met', 'kan niet goed omgaan met', 'merkt de gevolgen van', 'betaalt de prijs voor',
];
const OBJECTS = [
  'de samenloop van regelingen', 'verouderde ICT-systemen', 'onduidelijke rekenregels',
  'het gebrek aan gegevensuitwisseling', 'de stapeling van uitzonderingen', 'een tekort aan specialisten',
  'jaarlijkse bekostigingsafspraken', 'terugvorderingen achteraf', 'wisselende interpretaties van de wet',
  'Europese verplichtingen', 'de wettelijke beslistermijn', 'handmatige controles', 'begrippen die per wet verschillen',
  'late betrokkenheid bij nieuw beleid', 'complexe bewijslast', 'inkomensafhankelijke regelingen',
];
const CLAUSES = [
  'waardoor aanvragen langer blijven liggen', 'zodat mensen niet krijgen waar zij recht op hebben',
  'terwijl de wettelijke termijn al is verstreken', 'wat leidt tot onnodige schulden',
  'en dat kost veel handwerk', 'waardoor fouten pas laat zichtbaar worden', 'zonder dat iemand er beter van wordt',
  'wat het vertrouwen in de overheid schaadt', 'zodat de werkvoorraad blijft groeien',
  'terwijl een eenvoudige oplossing binnen bereik ligt',
];
const EMPHASIS = ['structureel', 'niet uitvoerbaar', 'dringend', 'voor veel huishoudens', 'al jaren', 'onbedoeld hard'];
const LINKS = [
  ['Kamerbrief', 'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?id=2024Z{n}'],
  ['uitvoeringstoets', 'https://www.rijksoverheid.nl/documenten/rapporten/uitvoeringstoets-{n}'],
  ['jaarverslag', 'https://www.rijksfinancien.nl/jaarverslag/{n}'],
  ['rapport van de Algemene Rekenkamer', 'https://www.rekenkamer.nl/publicaties/rapport-{n}'],
  ['Staat van de Uitvoering', 'https://staatvandeuitvoering.nl/publicatie/{n}'],
];
const ACTIONS = [
  'Vereenvoudig de rekenregel', 'Schrap de uitzondering', 'Maak gegevensdeling wettelijk mogelijk',
  'Betrek de uitvoering bij de wetsbehandeling', 'Financier meerjarig', 'Harmoniseer het inkomensbegrip',
  'Bied maatwerk bij schrijnende gevallen', 'Vervang het verouderde systeem stapsgewijs',
  'Leg de keuze expliciet bij de politiek', 'Verleng de beslistermijn tijdelijk',
];
const TABLE_HEADERS = [
  ['Jaar', 'Aanvragen', 'Doorlooptijd (dagen)'],
  ['Regeling', 'Betrokken huishoudens', 'Terugvorderingen'],
  ['Kwartaal', 'Werkvoorraad', 'Binnen termijn (%)', 'Bezwaren'],
  ['Ketenpartner', 'Gegevens', 'Status'],
];

// Dutch thousands separator, written out so output does not depend on the ICU build.
function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(rng) {
  let object = rng.pick(OBJECTS);
  const roll = rng.next();
  if (roll < 0.15) object = `**${object}**`;
  else if (roll < 0.25) object = `*${object}*`;
  else if (roll < 0.28) object = `~~${object}~~ ${rng.pick(OBJECTS)}`;
  let text = `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${object}`;
  if (rng.chance(0.6)) text += `, ${rng.pick(CLAUSES)}`;
  if (rng.chance(0.12)) {
    const [label, url] = rng.pick(LINKS);
    text += ` (zie de [${label}](${url.replace('{n}', String(rng.int(1000, 99999)))}))`;
  }
  if (rng.chance(0.1)) text += ` en dat is _${rng.pick(EMPHASIS)}_`;
  return `${text}.`;
}

function paragraph(rng) {
  const count = rng.int(2, 5);
  const parts = [];
  for (let i = 0; i < count; i++) parts.push(sentence(rng));
  return parts.join(' ');
}

function bulletList(rng) {
  const marker = rng.pick(['- ', '* ', 'ordered', 'task']);
  const count = rng.int(3, 6);
  const items = [];
  for (let i = 0; i < count; i++) {
    const item = rng.chance(0.5) ? `${rng.pick(ACTIONS)}.` : capitalize(`${rng.pick(OBJECTS)}, ${rng.pick(CLAUSES)}.`);
    if (marker === 'ordered') items.push(`${i + 1}. ${item}`);
    else if (marker === 'task') items.push(`- [${rng.chance(0.4) ? 'x' : ' '}] ${item}`);
    else items.push(`${marker}${item}`);
  }
  return items.join('\n');
}

function table(rng) {
  const headers = rng.pick(TABLE_HEADERS);
  const rows = [`| ${headers.join(' | ')} |`, `|${headers.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  const count = rng.int(2, 5);
  for (let r = 0; r < count; r++) {
    const cells = headers.map((h, i) => {
      if (i === 0) return h === 'Jaar' ? String(2018 + r) : `${capitalize(rng.pick(OBJECTS).split(' ').slice(-1)[0])} ${r + 1}`;
      if (h === 'Status') return rng.pick(['gereed', 'in voorbereiding', 'geblokkeerd']);
      return thousands(rng.int(10, 250000));
    });
    rows.push(`| ${cells.join(' | ')} |`);
  }
  return rows.join('\n');
}

/**
 * Markdown of roughly `targetChars` characters (at least one paragraph).
 * `headingLevel` adds an occasional sub-heading when the text is long.
 */
export function markdown(rng, targetChars, { headingLevel = 0 } = {}) {
  if (targetChars < 450) {
    // Short fields: whole sentences up to the target, so small Standen stay small.
    const parts = [sentence(rng)];
    let size = parts[0].length;
    while (size < targetChars * 0.85) {
      const next = sentence(rng);
      parts.push(next);
      size += next.length + 1;
    }
    return parts.join(' ');
  }
  const blocks = [paragraph(rng)];
  let length = blocks[0].length;
  while (length < targetChars) {
    const roll = rng.next();
    let block;
    if (headingLevel > 0 && roll < 0.06 && length > 600) {
      block = `${'#'.repeat(headingLevel)} ${capitalize(rng.pick(OBJECTS))}`;
    } else if (roll < 0.25) block = bulletList(rng);
    else if (roll < 0.33 && targetChars - length > 200) block = table(rng);
    else block = paragraph(rng);
    blocks.push(block);
    length += block.length + 2;
  }
  return blocks.join('\n\n');
}

/** A single plain line of text (for kerncijfer labels, dilemma sides, …). */
export function phrase(rng) {
  return capitalize(rng.pick(OBJECTS));
}

const TITLE_TAILS = [
  'leidt tot terugvorderingen', 'vertraagt de afhandeling', 'raakt kwetsbare groepen', 'maakt maatwerk onmogelijk',
  'zorgt voor niet-gebruik', 'vraagt om een politieke keuze', 'belemmert de dienstverlening',
  'is niet uitvoerbaar binnen de termijn', 'veroorzaakt onnodige schulden', 'staat vernieuwing in de weg',
];

/** A knelpunt title of 5–120 characters. */
export function title(rng) {
  let text = `${capitalize(rng.pick(OBJECTS))} ${rng.pick(TITLE_TAILS)}`;
  if (rng.chance(0.3)) text += ` bij ${rng.pick(['aanvragen', 'bezwaar', 'herbeoordeling', 'inning', 'registratie', 'toekenning'])}`;
  if (text.length > 120) text = text.slice(0, 120).replace(/\s+\S*$/, '');
  return text;
}
