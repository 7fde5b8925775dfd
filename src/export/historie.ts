// data/historie.csv and .json: one row per knelpunt per Stand up to the edition year
// (report.md, "More open data"); the rows come sorted from the model.
import type { HistorieRij } from '../model/types.js';
import { STATUSSEN } from '../model/status.js';
import type { TableSpec } from './table.js';

export const HISTORIE: TableSpec<HistorieRij> = {
  name: 'historie',
  title: 'Historie van de knelpunten',
  description:
    'Eén regel per knelpunt per Stand, van het eerste verslagjaar tot en met dat van de editie; ook knelpunten die later zijn verdwenen. Gesorteerd op organisatie, id en verslagjaar. Hiermee zijn alle reeksen van de pagina Trends na te rekenen.',
  columns: [
    { name: 'organisatie', type: 'string', required: true, description: 'Code van de organisatie die het knelpunt meldt.', value: (r) => r.organisatie },
    { name: 'id', type: 'string', required: true, description: 'Vaste code van het knelpunt binnen de organisatie; gelijk over de jaren.', value: (r) => r.id },
    { name: 'verslagjaar', type: 'integer', required: true, description: 'Het verslagjaar van de Stand.', value: (r) => r.verslagjaar },
    { name: 'titel', type: 'string', required: true, description: 'De titel van het knelpunt in die Stand.', value: (r) => r.titel },
    { name: 'thema', type: 'string', required: true, description: 'Code van het hoofdthema in die Stand.', value: (r) => r.thema },
    { name: 'status', type: 'string', required: true, enum: STATUSSEN, description: 'De status in die Stand.', value: (r) => r.status },
    { name: 'open', type: 'boolean', required: true, description: 'Of het knelpunt in die Stand open was: status niet opgelost en niet vervallen.', value: (r) => r.open },
    { name: 'bron_pad', type: 'string', required: true, description: 'Het bronbestand van de Stand, ten opzichte van de inhoudsmap.', value: (r) => r.bron.pad },
    { name: 'bron_regel', type: 'integer', required: true, description: 'De regel in het bronbestand waarop het knelpunt begint (vanaf 1).', value: (r) => r.bron.regel },
  ],
  primaryKey: ['organisatie', 'id', 'verslagjaar'],
  foreignKeys: [
    { fields: 'organisatie', table: 'organisaties', field: 'id' },
    { fields: 'thema', table: 'themas', field: 'id' },
  ],
};
