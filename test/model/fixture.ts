// A small content tree built in code, for hand-computed report numbers.
//
// Years: 2021, 2023, 2024 (edition), 2025 (later: must be ignored). 2022 is skipped.
// Organisations: uwv (one opdrachtgever), svb (two opdrachtgevers from 2023),
// belastingdienst (only 2024), cjib (2021 and 2025, no edition Stand), ind (only 2025).
import type { Knelpunt, Stand } from '../../src/model/content.js';
import type { ModelInput, StandSource } from '../../src/model/types.js';

type KnelpuntInput = Partial<Knelpunt> & Pick<Knelpunt, 'id' | 'status'>;

export function knelpunt(input: KnelpuntInput): Knelpunt {
  return {
    titel: `Knelpunt ${input.id}`,
    beschrijving: 'Wat er misgaat.',
    gevolgen: 'Wat burgers merken.',
    thema: 'dienstverlening',
    actie_bij: ['opdrachtnemer'],
    ...input,
  };
}

export function stand(
  organisatie: string,
  verslagjaar: number,
  knelpunten: Knelpunt[],
  extra: Partial<Stand> = {},
  ext = 'md',
): StandSource {
  return {
    path: `standen/${verslagjaar}/${organisatie}.${ext}`,
    stand: { organisatie, verslagjaar, knelpunten, ...extra },
    // Line of item i: 10 + 7·i, so every bron.regel can be checked by hand.
    knelpuntLines: knelpunten.map((_, i) => 10 + 7 * i),
  };
}

const registers: ModelInput['registers'] = {
  ministeries: [
    { id: 'szw', naam: 'Sociale Zaken en Werkgelegenheid', afkorting: 'SZW' },
    { id: 'bzk', naam: 'Binnenlandse Zaken en Koninkrijksrelaties', afkorting: 'BZK' },
    { id: 'fin', naam: 'Financiën', afkorting: 'FIN' },
    { id: 'jenv', naam: 'Justitie en Veiligheid', afkorting: 'JenV' },
  ],
  organisaties: [
    { id: 'uwv', naam: 'UWV', type: 'zbo', driehoek: [{ vanaf: 2015, eigenaar: 'szw', opdrachtgevers: ['szw'] }] },
    {
      id: 'svb',
      naam: 'Sociale Verzekeringsbank',
      type: 'zbo',
      driehoek: [
        { vanaf: 2015, tot: 2022, eigenaar: 'szw', opdrachtgevers: ['szw'] },
        // Register order szw, bzk: the model lists them ascending (bzk, szw).
        { vanaf: 2023, eigenaar: 'szw', opdrachtgevers: ['szw', 'bzk'] },
      ],
    },
    {
      id: 'belastingdienst',
      naam: 'Belastingdienst',
      type: 'dienstonderdeel',
      driehoek: [{ vanaf: 2015, eigenaar: 'fin', opdrachtgevers: ['fin'] }],
    },
    { id: 'cjib', naam: 'CJIB', type: 'agentschap', driehoek: [{ vanaf: 2015, eigenaar: 'jenv', opdrachtgevers: ['jenv'] }] },
    { id: 'ind', naam: 'IND', type: 'agentschap', driehoek: [{ vanaf: 2015, eigenaar: 'jenv', opdrachtgevers: ['jenv'] }] },
  ],
  themas: [
    { id: 'dienstverlening', naam: 'Dienstverlening', omschrijving: '.', oproepen: ['O5', 'O1'] },
    { id: 'gegevensuitwisseling', naam: 'Gegevensuitwisseling', omschrijving: '.', oproepen: ['O5'] },
    { id: 'wetgeving', naam: 'Wetgeving', omschrijving: '.', oproepen: ['O1', 'O2'] },
    { id: 'personeel', naam: 'Personeel', omschrijving: '.', oproepen: ['O3'] },
  ],
  oproepen: [
    { id: 'O1', titel: 'Complexiteitsreductie', omschrijving: '.' },
    { id: 'O2', titel: 'Uitvoering vanaf het begin', omschrijving: '.' },
    { id: 'O3', titel: 'Toekomstbeeld', omschrijving: '.' },
    { id: 'O4', titel: 'Van verantwoording naar sturing', omschrijving: '.' },
    { id: 'O5', titel: 'Gegevensuitwisseling', omschrijving: '.' },
  ],
};

export function fixtureInput(verslagjaar = 2024): ModelInput {
  const standen: StandSource[] = [
    // ---- 2021
    stand('uwv', 2021, [
      knelpunt({ id: 'wia-achterstand', status: 'in_analyse' }),
      knelpunt({ id: 'datalek', status: 'in_uitvoering', thema: 'gegevensuitwisseling' }),
    ]),
    stand('svb', 2021, [knelpunt({ id: 'kinderbijslag-buitenland', status: 'in_analyse' })]),
    stand('cjib', 2021, [knelpunt({ id: 'boete-inning', status: 'in_analyse' })]),
    // ---- 2023 (2022 skipped)
    stand('uwv', 2023, [
      knelpunt({ id: 'wia-achterstand', status: 'in_uitvoering' }),
      knelpunt({ id: 'datalek', status: 'opgelost', thema: 'gegevensuitwisseling' }),
      knelpunt({ id: 'ww-hoogte', status: 'nieuw', thema: 'wetgeving' }),
    ]),
    stand('svb', 2023, [
      knelpunt({ id: 'kinderbijslag-buitenland', status: 'deels_opgelost' }),
      knelpunt({ id: 'aow-gaten', status: 'in_uitvoering', thema: 'wetgeving' }),
      knelpunt({ id: 'pgb-betalingen', status: 'in_uitvoering' }),
    ]),
    // ---- 2024 (edition)
    stand(
      'uwv',
      2024,
      [
        knelpunt({
          id: 'wia-achterstand',
          status: 'structureel_onopgelost',
          subthemas: ['personeel'],
          actie_bij: ['politiek', 'opdrachtgever'],
          gedeeld_knelpunt: 'complexe-regels',
        }),
        knelpunt({ id: 'ww-hoogte', status: 'opgelost', thema: 'wetgeving', actie_bij: ['politiek'] }),
        knelpunt({ id: 'portaal-storing', status: 'nieuw', oproepen: ['O4'], gedeeld_knelpunt: 'wachttijden' }),
      ],
      {
        lichtpunten: [{ id: 'snelle-uitkering', titel: 'Snelle uitkering', beschrijving: '.' }],
        dilemmas: [{ id: 'maatwerk', titel: 'Maatwerk of gelijkheid', beschrijving: '.' }],
      },
    ),
    stand(
      'svb',
      2024,
      [
        knelpunt({
          id: 'kinderbijslag-buitenland',
          status: 'deels_opgelost',
          actie_bij: ['opdrachtgever'],
          opdrachtgever: 'szw',
          gedeeld_knelpunt: 'wachttijden',
        }),
        knelpunt({
          id: 'aow-gaten',
          status: 'structureel_onopgelost',
          thema: 'wetgeving',
          subthemas: ['dienstverlening'],
          actie_bij: ['politiek', 'opdrachtgever'],
          gedeeld_knelpunt: 'complexe-regels',
        }),
        knelpunt({
          id: 'register-koppeling',
          status: 'nieuw',
          thema: 'gegevensuitwisseling',
          subthemas: ['gegevensuitwisseling'],
          actie_bij: ['ketenpartner'],
          opdrachtgever: 'bzk',
          eerste_melding: 2022,
        }),
      ],
      {
        lichtpunten: [
          { id: 'een', titel: 'Een', beschrijving: '.' },
          { id: 'twee', titel: 'Twee', beschrijving: '.' },
        ],
      },
      'yaml',
    ),
    stand(
      'belastingdienst',
      2024,
      [
        knelpunt({
          id: 'toeslagen-herstel',
          status: 'structureel_onopgelost',
          actie_bij: ['politiek', 'eigenaar'],
          eerste_melding: 2019,
          gedeeld_knelpunt: 'complexe-regels',
        }),
        knelpunt({
          id: 'fraude-signalen',
          status: 'vervallen',
          thema: 'gegevensuitwisseling',
          actie_bij: ['eu'],
          gedeeld_knelpunt: 'alleen-hier',
        }),
      ],
      {
        dilemmas: [
          { id: 'a', titel: 'A', beschrijving: '.' },
          { id: 'b', titel: 'B', beschrijving: '.' },
        ],
      },
    ),
    // ---- 2025 (later than the edition: ignored everywhere)
    stand('uwv', 2025, [
      knelpunt({ id: 'wia-achterstand', status: 'opgelost' }),
      knelpunt({ id: 'portaal-storing', status: 'opgelost', gedeeld_knelpunt: 'complexe-regels' }),
    ]),
    stand('cjib', 2025, [knelpunt({ id: 'boete-inning', status: 'opgelost' })]),
    stand('ind', 2025, [knelpunt({ id: 'asiel-wachttijd', status: 'nieuw', eerste_melding: 2024 })]),
  ];
  return {
    edition: { titel: `Staat van de Uitvoering ${verslagjaar}`, editie: String(verslagjaar), verslagjaar, publicatiedatum: '2025-05-20' },
    registers,
    standen,
  };
}
