// Stand-in content types with the field names of format.md.
// TO BE REPLACED by imports from '../content/types.js' once the generated types exist;
// then this file is deleted and `./content.ts` re-exports from there.

export type Status =
  | 'nieuw'
  | 'in_analyse'
  | 'in_uitvoering'
  | 'deels_opgelost'
  | 'opgelost'
  | 'structureel_onopgelost'
  | 'vervallen';

export type ActieBij =
  | 'politiek'
  | 'eigenaar'
  | 'opdrachtgever'
  | 'opdrachtnemer'
  | 'ketenpartner'
  | 'medeoverheid'
  | 'eu';

export interface Edition {
  titel: string;
  editie: string;
  verslagjaar: number;
  publicatiedatum?: string;
  inleiding?: string;
}

export interface Knelpunt {
  id: string;
  titel: string;
  beschrijving: string;
  gevolgen: string;
  oplossingsrichting?: string;
  thema: string;
  subthemas?: string[];
  actie_bij: ActieBij[];
  opdrachtgever?: string;
  status: Status;
  eerste_melding?: number;
  doelgroepen?: ('burgers' | 'ondernemers' | 'medewerkers' | 'ketenpartners' | 'overheid')[];
  wetten?: string[];
  ketenpartners?: string[];
  gedeeld_knelpunt?: string;
  hardheid?: boolean;
  oproepen?: ('O1' | 'O2' | 'O3' | 'O4' | 'O5')[];
  urgentie?: 'laag' | 'midden' | 'hoog';
  herkomst?: 'stand' | 'kamerbrief' | 'jaarverslag' | 'rekenkamer' | 'nieuws' | 'anders';
  bronnen?: string[];
}

export interface Lichtpunt {
  id: string;
  titel: string;
  beschrijving: string;
  thema?: string;
  organisaties?: string[];
  bronnen?: string[];
}

export interface Dilemma {
  id: string;
  titel: string;
  beschrijving: string;
  afweging_tussen?: string[];
  thema?: string;
}

export interface Kerncijfer {
  label: string;
  waarde: number;
  eenheid?: string;
  peildatum?: string;
}

export interface Stand {
  organisatie: string;
  verslagjaar: number;
  titel?: string;
  publicatiedatum?: string;
  bron_url?: string;
  knelpunten: Knelpunt[];
  lichtpunten?: Lichtpunt[];
  dilemmas?: Dilemma[];
  kerncijfers?: Kerncijfer[];
  samenvatting?: string;
}

export interface Ministerie {
  id: string;
  naam: string;
  afkorting: string;
  vanaf?: number;
  tot?: number;
  opvolger?: string;
}

export interface DriehoekPeriode {
  vanaf: number;
  tot?: number;
  eigenaar: string | null;
  opdrachtgevers: string[];
}

export interface Organisatie {
  id: string;
  naam: string;
  afkorting?: string;
  type: 'zbo' | 'agentschap' | 'dienstonderdeel' | 'ministerie' | 'toezicht' | 'medeoverheid' | 'koepel' | 'overig';
  synoniemen?: string[];
  driehoek: DriehoekPeriode[];
}

export interface Thema {
  id: string;
  naam: string;
  omschrijving: string;
  oproepen: ('O1' | 'O2' | 'O3' | 'O4' | 'O5')[];
  synoniemen?: string[];
}

export interface Oproep {
  id: 'O1' | 'O2' | 'O3' | 'O4' | 'O5';
  titel: string;
  omschrijving: string;
}
