// A small content tree for the render tests, run through the real buildModel so the pages see
// exactly what a build sees. Two years; uwv has two opdrachtgevers (meervoudig), svb one;
// both report the shared knelpunt `wachttijden`. Markdown with footnotes in several fields
// makes id collisions on one page visible.
import type { Knelpunt } from '../../src/model/content.js';
import type { ModelInput, StandSource } from '../../src/model/types.js';

function knelpunt(input: Partial<Knelpunt> & Pick<Knelpunt, 'id' | 'status'>): Knelpunt {
  return {
    titel: `Knelpunt ${input.id}`,
    beschrijving: 'Wat er misgaat, met een voetnoot.[^1]\n\n[^1]: De bron.',
    gevolgen: 'Wat burgers merken.[^1]\n\n[^1]: Ook een voetnoot.',
    thema: 'dienstverlening',
    actie_bij: ['opdrachtnemer'],
    ...input,
  };
}

function stand(organisatie: string, verslagjaar: number, knelpunten: Knelpunt[], extra: Partial<StandSource['stand']> = {}, samenvatting?: string): StandSource {
  const source: StandSource = {
    path: `standen/${verslagjaar}/${organisatie}.md`,
    stand: { organisatie, verslagjaar, knelpunten, ...extra },
    knelpuntLines: knelpunten.map((_, i) => 5 + 9 * i),
  };
  if (samenvatting !== undefined) source.samenvattingMarkdown = samenvatting;
  return source;
}

export function renderFixtureInput(): ModelInput {
  return {
    edition: {
      titel: 'Staat van de Uitvoering 2024',
      editie: '2024',
      verslagjaar: 2024,
      publicatiedatum: '2025-05-20',
      inleiding: '## Waarom\n\nDe uitvoering loopt vast.[^1] Zie [de organisaties](organisaties/index.html).\n\n[^1]: Zegt iedereen.',
    },
    registers: {
      ministeries: [
        { id: 'szw', naam: 'Sociale Zaken en Werkgelegenheid', afkorting: 'SZW' },
        { id: 'bzk', naam: 'Binnenlandse Zaken en Koninkrijksrelaties', afkorting: 'BZK' },
      ],
      organisaties: [
        { id: 'uwv', naam: 'UWV', type: 'zbo', driehoek: [{ vanaf: 2015, eigenaar: 'szw', opdrachtgevers: ['szw', 'bzk'] }] },
        { id: 'svb', naam: 'Sociale Verzekeringsbank', afkorting: 'SVB', type: 'zbo', driehoek: [{ vanaf: 2015, eigenaar: 'szw', opdrachtgevers: ['szw'] }] },
        { id: 'cjib', naam: 'CJIB', type: 'agentschap', driehoek: [{ vanaf: 2015, eigenaar: null, opdrachtgevers: [] }] },
      ],
      themas: [
        { id: 'dienstverlening', naam: 'Dienstverlening', omschrijving: 'Contact met burgers.', oproepen: ['O1', 'O5'] },
        { id: 'wetgeving', naam: 'Wetgeving', omschrijving: 'Regels.', oproepen: ['O2'] },
        { id: 'personeel', naam: 'Personeel', omschrijving: 'Mensen.', oproepen: ['O3'] },
      ],
      oproepen: [
        { id: 'O1', titel: 'Complexiteitsreductie', omschrijving: 'Maak het eenvoudiger.' },
        { id: 'O2', titel: 'Uitvoering vanaf het begin', omschrijving: 'Betrek de uitvoering.' },
        { id: 'O3', titel: 'Toekomstbeeld', omschrijving: 'Kijk vooruit.' },
        { id: 'O4', titel: 'Van verantwoording naar sturing', omschrijving: 'Stuur.' },
        { id: 'O5', titel: 'Gegevensuitwisseling', omschrijving: 'Deel gegevens.' },
      ],
    },
    standen: [
      stand('uwv', 2022, [
        knelpunt({ id: 'wia-achterstand', status: 'in_analyse' }),
        knelpunt({ id: 'oud-systeem', status: 'in_uitvoering' }),
      ]),
      stand('cjib', 2022, [knelpunt({ id: 'boete', status: 'nieuw' })]),
      stand(
        'uwv',
        2024,
        [
          knelpunt({
            id: 'wia-achterstand',
            status: 'structureel_onopgelost',
            subthemas: ['personeel'],
            actie_bij: ['politiek', 'opdrachtgever'],
            opdrachtgever: 'szw',
            gedeeld_knelpunt: 'wachttijden',
            oplossingsrichting: 'Meer *keuringsartsen*.[^1]\n\n[^1]: Derde voetnoot.',
            doelgroepen: ['burgers'],
            wetten: ['Wet WIA'],
            ketenpartners: ['svb', 'cjib'],
            hardheid: true,
            urgentie: 'hoog',
            herkomst: 'stand',
            bronnen: ['https://example.org/wia', 'ftp://example.org/x'],
          }),
          knelpunt({ id: 'portaal', status: 'nieuw', thema: 'wetgeving', oproepen: ['O4'], gedeeld_knelpunt: 'alleen-hier', herkomst: 'kamerbrief' }),
        ],
        {
          titel: 'Stand UWV 2024',
          bron_url: 'https://uwv.example/stand',
          kerncijfers: [{ label: 'Aanvragen', waarde: 1234567.5, eenheid: 'aantal', peildatum: '2024-12-31' }],
          lichtpunten: [{ id: 'snel', titel: 'Snelle uitkering', beschrijving: 'Het kan.[^1]\n\n[^1]: Echt.', thema: 'dienstverlening', organisaties: ['svb'] }],
          dilemmas: [{ id: 'maatwerk', titel: 'Maatwerk of gelijkheid', beschrijving: 'Lastig.', afweging_tussen: ['maatwerk', 'gelijkheid'] }],
        },
        '# Samenvatting UWV\n\nHet gaat redelijk.[^1]\n\n[^1]: Volgens ons.',
      ),
      stand('svb', 2024, [
        knelpunt({ id: 'kinderbijslag', status: 'opgelost', gedeeld_knelpunt: 'wachttijden' }),
        knelpunt({ id: 'aow', status: 'in_uitvoering', thema: 'wetgeving', actie_bij: ['eigenaar', 'eu'] }),
      ]),
    ],
  };
}
