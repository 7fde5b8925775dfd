// The four registers of a generated tree: oproepen, themes, ministries and
// organisations. Ministries are renamed/split in the "reform year" (the middle
// year of the range), so driehoek periods change there, as in the 2024 reform.

export const OPROEPEN = [
  ['O1', 'Complexiteitsreductie', 'Minder, maar betere regels voor burgers en ondernemers.'],
  ['O2', 'Uitvoering vanaf het begin', 'Uitvoerders denken mee vanaf de eerste fase van beleid.'],
  ['O3', 'Toekomstbeeld', 'Een gedeeld zicht op trends en dilemma’s in plaats van losse incidenten.'],
  ['O4', 'Van verantwoording naar sturing', 'Samen leren en bijsturen in plaats van achteraf afrekenen.'],
  ['O5', 'Gegevensuitwisseling', 'Publieke dienstverleners delen gegevens daadwerkelijk met elkaar.'],
].map(([id, titel, omschrijving]) => ({ id, titel, omschrijving }));

export const THEMAS = [
  ['complexe-regelgeving', 'Complexe wet- en regelgeving', ['O1'], ['regeldruk', 'ingewikkelde regels', 'uitzonderingen']],
  ['stapeling-beleid', 'Stapeling van beleid', ['O1'], ['te veel regelingen', 'beleidsstapeling']],
  ['samenloop-regelingen', 'Samenloop van regelingen', ['O1'], ['samenloop', 'afhankelijke regelingen']],
  ['gegevensuitwisseling', 'Gegevensuitwisseling', ['O5'], ['gegevensdeling', 'datadeling', 'informatie-uitwisseling']],
  ['uitvoerbaarheid-beleidsproces', 'Uitvoerbaarheid in het beleidsproces', ['O2'], ['uitvoeringstoets', 'uitvoerbaarheidstoets']],
  ['eu-en-jurisprudentie', 'EU-regels en rechtspraak', ['O1', 'O2'], ['jurisprudentie', 'europese regels']],
  ['ict-legacy', 'Verouderde ICT', ['O3'], ['legacy', 'technische schuld', 'oude systemen']],
  ['capaciteit-personeel', 'Capaciteit en personeel', ['O3'], ['personeelstekort', 'krapte', 'arbeidsmarkt']],
  ['financiering-sturing', 'Financiering en sturing', ['O4'], ['bekostiging', 'begroting']],
  ['niet-gebruik', 'Niet-gebruik', ['O1', 'O5'], ['non-take-up', 'niet gebruik']],
  ['terugvordering-schulden', 'Terugvordering en schulden', ['O1'], ['terugvorderingen', 'schulden']],
  ['doorlooptijden-achterstanden', 'Doorlooptijden en achterstanden', ['O3'], ['achterstand', 'wachttijden', 'dwangsommen']],
  ['internationaal', 'Internationale situaties', ['O1'], ['buitenland', 'grensoverschrijdend']],
  ['dienstverlening-bereikbaarheid', 'Dienstverlening en bereikbaarheid', ['O3'], ['bereikbaarheid', 'begrijpelijke brieven']],
  ['sturing-driehoek', 'Sturing in de driehoek', ['O4'], ['driehoek', 'opdrachtgeverschap', 'eigenaarschap']],
  ['signaalfunctie', 'Signaalfunctie', ['O4'], ['signalen', 'klachten', 'meldingen']],
].map(([id, naam, oproepen, synoniemen]) => ({
  id,
  naam,
  omschrijving: `Knelpunten die vooral te maken hebben met ${naam.toLowerCase()}.`,
  oproepen,
  synoniemen,
}));

/** Ministry "lineages": the id valid before and from the reform year. */
const LINEAGES = {
  az: ['az', 'az'], bz: ['bz', 'bz'], bzk: ['bzk', 'bzk'], def: ['def', 'def'], fin: ['fin', 'fin'],
  ienw: ['ienw', 'ienw'], jenv: ['jenv', 'jenv'], ocw: ['ocw', 'ocw'], szw: ['szw', 'szw'], vws: ['vws', 'vws'],
  ez: ['ezk', 'ez'], lvvn: ['lnv', 'lvvn'],
  // split off in the reform year: before it, the task sat with the parent
  vro: ['bzk', 'vro'], kgg: ['ezk', 'kgg'], aenm: ['jenv', 'aenm'],
};
export const LINEAGE_IDS = Object.keys(LINEAGES);

export function ministeries(reformYear) {
  const r = reformYear;
  return [
    { id: 'az', naam: 'Ministerie van Algemene Zaken', afkorting: 'AZ' },
    { id: 'bz', naam: 'Ministerie van Buitenlandse Zaken', afkorting: 'BZ' },
    { id: 'bzk', naam: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', afkorting: 'BZK' },
    { id: 'def', naam: 'Ministerie van Defensie', afkorting: 'DEF' },
    { id: 'fin', naam: 'Ministerie van Financiën', afkorting: 'FIN' },
    { id: 'ienw', naam: 'Ministerie van Infrastructuur en Waterstaat', afkorting: 'IenW' },
    { id: 'jenv', naam: 'Ministerie van Justitie en Veiligheid', afkorting: 'JenV' },
    { id: 'ocw', naam: 'Ministerie van Onderwijs, Cultuur en Wetenschap', afkorting: 'OCW' },
    { id: 'szw', naam: 'Ministerie van Sociale Zaken en Werkgelegenheid', afkorting: 'SZW' },
    { id: 'vws', naam: 'Ministerie van Volksgezondheid, Welzijn en Sport', afkorting: 'VWS' },
    { id: 'vrom', naam: 'Ministerie van Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer', afkorting: 'VROM', tot: 2009, opvolger: 'ienw' },
    { id: 'ezk', naam: 'Ministerie van Economische Zaken en Klimaat', afkorting: 'EZK', tot: r - 1, opvolger: 'ez' },
    { id: 'ez', naam: 'Ministerie van Economische Zaken', afkorting: 'EZ', vanaf: r },
    { id: 'lnv', naam: 'Ministerie van Landbouw, Natuur en Voedselkwaliteit', afkorting: 'LNV', tot: r - 1, opvolger: 'lvvn' },
    { id: 'lvvn', naam: 'Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur', afkorting: 'LVVN', vanaf: r },
    { id: 'vro', naam: 'Ministerie van Volkshuisvesting en Ruimtelijke Ordening', afkorting: 'VRO', vanaf: r },
    { id: 'kgg', naam: 'Ministerie van Klimaat en Groene Groei', afkorting: 'KGG', vanaf: r },
    { id: 'aenm', naam: 'Ministerie van Asiel en Migratie', afkorting: 'AenM', vanaf: r },
  ];
}

/** Ministry id of a lineage in a year. */
export function ministryIn(lineage, year, reformYear) {
  const pair = LINEAGES[lineage];
  if (!pair) throw new Error(`unknown lineage ${lineage}`);
  return year < reformYear ? pair[0] : pair[1];
}

// Well-known organisations first (realistic shapes incl. meervoudig opdrachtgeverschap);
// `later` = opdrachtgevers from the reform year when they differ.
const KNOWN = [
  ['uwv', 'Uitvoeringsinstituut Werknemersverzekeringen', 'UWV', 'zbo', 'szw', ['szw']],
  ['svb', 'Sociale Verzekeringsbank', 'SVB', 'zbo', 'szw', ['szw', 'vws']],
  ['duo', 'Dienst Uitvoering Onderwijs', 'DUO', 'agentschap', 'ocw', ['ocw', 'szw']],
  ['belastingdienst', 'Belastingdienst', 'BD', 'dienstonderdeel', 'fin', ['fin']],
  ['toeslagen', 'Dienst Toeslagen', 'DT', 'dienstonderdeel', 'fin', ['szw', 'vws', 'vro']],
  ['douane', 'Douane', null, 'dienstonderdeel', 'fin', ['fin', 'lvvn']],
  ['uht', 'Uitvoeringsorganisatie Herstel Toeslagen', 'UHT', 'dienstonderdeel', 'fin', ['fin']],
  ['cjib', 'Centraal Justitieel Incassobureau', 'CJIB', 'agentschap', 'jenv', ['jenv']],
  ['ind', 'Immigratie- en Naturalisatiedienst', 'IND', 'agentschap', 'aenm', ['aenm']],
  ['coa', 'Centraal Orgaan opvang asielzoekers', 'COA', 'zbo', 'aenm', ['aenm']],
  ['rvo', 'Rijksdienst voor Ondernemend Nederland', 'RVO', 'agentschap', 'ez', ['ez', 'lvvn', 'kgg', 'bz']],
  ['cbr', 'Centraal Bureau Rijvaardigheidsbewijzen', 'CBR', 'zbo', 'ienw', ['ienw']],
  ['rdw', 'Dienst Wegverkeer', 'RDW', 'zbo', 'ienw', ['ienw']],
  ['kadaster', 'Kadaster', null, 'zbo', 'vro', ['vro']],
  ['cak', 'CAK', 'CAK', 'zbo', 'vws', ['vws']],
  ['ciz', 'Centrum Indicatiestelling Zorg', 'CIZ', 'zbo', 'vws', ['vws']],
  ['zorginstituut', 'Zorginstituut Nederland', 'ZIN', 'zbo', 'vws', ['vws']],
  ['nza', 'Nederlandse Zorgautoriteit', 'NZa', 'toezicht', 'vws', ['vws']],
  ['nvwa', 'Nederlandse Voedsel- en Warenautoriteit', 'NVWA', 'agentschap', 'lvvn', ['lvvn', 'vws']],
  ['arbeidsinspectie', 'Nederlandse Arbeidsinspectie', 'NLA', 'toezicht', 'szw', ['szw']],
  ['logius', 'Logius', null, 'agentschap', 'bzk', ['bzk']],
  ['rvig', 'Rijksdienst voor Identiteitsgegevens', 'RvIG', 'agentschap', 'bzk', ['bzk']],
  ['dji', 'Dienst Justitiële Inrichtingen', 'DJI', 'agentschap', 'jenv', ['jenv']],
  ['justis', 'Justis', null, 'agentschap', 'jenv', ['jenv']],
  ['rvr', 'Raad voor Rechtsbijstand', 'RvR', 'zbo', 'jenv', ['jenv']],
  ['rijkswaterstaat', 'Rijkswaterstaat', 'RWS', 'agentschap', 'ienw', ['ienw']],
  ['kvk', 'Kamer van Koophandel', 'KvK', 'zbo', 'ez', ['ez']],
  ['cbs', 'Centraal Bureau voor de Statistiek', 'CBS', 'zbo', 'ez', ['ez']],
  ['staatsbosbeheer', 'Staatsbosbeheer', 'SBB', 'zbo', 'lvvn', ['lvvn']],
  ['vng', 'Gemeenten (VNG)', 'VNG', 'medeoverheid', null, ['szw', 'vws']],
  ['ocw', 'Ministerie van Onderwijs, Cultuur en Wetenschap', 'OCW', 'ministerie', 'ocw', ['ocw']],
];

const SYNTH_KIND = [
  ['Rijksdienst voor', 'agentschap'], ['Uitvoeringsinstituut', 'zbo'], ['Dienst', 'dienstonderdeel'],
  ['Agentschap', 'agentschap'], ['Centraal Bureau', 'zbo'], ['Inspectie', 'toezicht'],
  ['Fonds', 'zbo'], ['Stichting', 'overig'], ['Samenwerkingsverband', 'koepel'],
];
const SYNTH_DOMAIN = [
  ['Wonen', 'vro'], ['Studiefinanciering', 'ocw'], ['Vergunningen', 'jenv'], ['Subsidies', 'ez'],
  ['Pensioenen', 'szw'], ['Registratie', 'bzk'], ['Energie', 'kgg'], ['Landbouw', 'lvvn'],
  ['Mobiliteit', 'ienw'], ['Erfgoed', 'ocw'], ['Jeugd', 'vws'], ['Inburgering', 'szw'],
  ['Kinderopvang', 'szw'], ['Rechtsbijstand', 'jenv'], ['Visserij', 'lvvn'], ['Water', 'ienw'],
  ['Zorgverzekeringen', 'vws'], ['Defensiematerieel', 'def'], ['Ontwikkelingssamenwerking', 'bz'],
  ['Asielopvang', 'aenm'], ['Belastinginning', 'fin'], ['Klimaatsubsidies', 'kgg'], ['Archieven', 'ocw'],
];
const REGIONS = ['Noord', 'Oost', 'Zuid', 'West', 'Midden', 'Caribisch Nederland'];

function slug(text) {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/**
 * The organisations as plans: per organisation its lineage-based driehoek before/from
 * the reform year, first/last active year, which years it skips and its file format.
 */
export function planOrganisations(rng, count, years, reformYear) {
  const first = years[0];
  const last = years[years.length - 1];
  const plans = [];
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`org-${i}`);
    let plan;
    if (i < KNOWN.length) {
      const [id, naam, afkorting, type, eigenaar, ogs] = KNOWN[i];
      plan = { id, naam, afkorting, type, eigenaarLineage: eigenaar, before: [...ogs], after: [...ogs] };
      // IND/COA moved from JenV to AenM and Toeslagen's huurtoeslag from BZK to VRO:
      // the lineage mapping already yields the old ministry before the reform year.
    } else {
      const [kind, type] = r.pick(SYNTH_KIND);
      const [domain, lineage] = r.pick(SYNTH_DOMAIN);
      const region = r.pick(REGIONS);
      const naam = `${kind} ${domain} ${region} ${i}`;
      const extra = r.weighted([[0, 70], [1, 20], [2, 10]]);
      const others = r.sample(LINEAGE_IDS.filter((l) => l !== lineage && l !== 'az'), extra);
      const ogs = [lineage, ...others];
      plan = { id: slug(`${domain}-${region}-${i}`), naam, type, eigenaarLineage: lineage, before: ogs, after: [...ogs] };
      if (r.chance(0.15)) {
        // A period change in the middle year: an opdrachtgever joins or leaves.
        if (ogs.length > 1 && r.chance(0.5)) plan.after = ogs.slice(0, -1);
        else plan.after = [...ogs, r.pick(LINEAGE_IDS.filter((l) => !ogs.includes(l) && l !== 'az'))];
      }
      if (r.chance(0.3)) plan.synoniemen = [`${domain} ${region}`];
    }
    plan.vanaf = Math.min(r.int(1995, 2015), first);
    plan.firstActive = first;
    plan.lastActive = null; // runs on
    if (i >= 5 && years.length > 1 && r.chance(0.04)) plan.firstActive = first + 1; // founded later
    else if (i >= 5 && years.length > 2 && r.chance(0.03)) plan.lastActive = last - 1; // abolished
    if (plan.firstActive > first) plan.vanaf = plan.firstActive;
    // Some organisations skip a year (never the well-known first five, so the lint
    // benchmark always finds its Stand).
    plan.skip = new Set();
    if (i >= 5 && years.length > 2 && r.chance(0.12)) plan.skip.add(r.pick(years.slice(0, -1)));
    plan.format = i === 0 ? 'md' : r.chance(0.25) ? 'yaml' : 'md';
    plans.push(plan);
  }
  return plans;
}

/** Does the organisation publish a Stand in this year? */
export function hasStand(plan, year) {
  if (year < plan.firstActive) return false;
  if (plan.lastActive !== null && year > plan.lastActive) return false;
  return !plan.skip.has(year);
}

/** The opdrachtgever ids of the organisation in a year (ministry ids). */
export function opdrachtgeversIn(plan, year, reformYear) {
  const lineages = year < reformYear ? plan.before : plan.after;
  return [...new Set(lineages.map((l) => ministryIn(l, year, reformYear)))];
}

function periodFor(plan, year, reformYear) {
  return {
    eigenaar: plan.eigenaarLineage === null ? null : ministryIn(plan.eigenaarLineage, year, reformYear),
    opdrachtgevers: opdrachtgeversIn(plan, year, reformYear),
  };
}

/** Driehoek periods, split at the reform year when anything changes there. */
function driehoek(plan, reformYear) {
  const end = plan.lastActive;
  const before = periodFor(plan, reformYear - 1, reformYear);
  const after = periodFor(plan, reformYear, reformYear);
  const same = JSON.stringify(before) === JSON.stringify(after);
  const periods = [];
  const push = (vanaf, tot, p) => {
    const period = { vanaf };
    if (tot !== null) period.tot = tot;
    periods.push(Object.assign(period, p));
  };
  if (same || plan.vanaf >= reformYear) {
    push(plan.vanaf, end, plan.vanaf >= reformYear ? after : before);
  } else if (end !== null && end < reformYear) {
    push(plan.vanaf, end, before);
  } else {
    // Kadaster's VROM past shows a ministry with `tot` and `opvolger` in use.
    if (plan.id === 'kadaster' && plan.vanaf < 2010 && reformYear > 2010) {
      push(plan.vanaf, 2009, { eigenaar: 'vrom', opdrachtgevers: ['vrom'] });
      push(2010, reformYear - 1, before);
    } else {
      push(plan.vanaf, reformYear - 1, before);
    }
    push(reformYear, end, after);
  }
  return periods;
}

export function organisaties(plans, reformYear) {
  return plans.map((plan) => {
    const entry = { id: plan.id, naam: plan.naam };
    if (plan.afkorting) entry.afkorting = plan.afkorting;
    entry.type = plan.type;
    if (plan.synoniemen) entry.synoniemen = plan.synoniemen;
    entry.driehoek = driehoek(plan, reformYear);
    return entry;
  });
}
