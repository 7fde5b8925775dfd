/**
 * The submissions overview of `staat status`, as a page of the preview (`/__staat/status`). It is
 * served by `staat dev` only and never written into the built report.
 */
import { escapeHtml } from '../render/safe-html.js';
import { count, problems, STATE_NL, summaryLines } from '../status/formats.js';
import { rowState, type StatusOverview } from '../status/overview.js';

export const STATUS_PATH = '/__staat/status';


export function statusPage(overview: StatusOverview | undefined): string {
  if (overview === undefined) {
    return '<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Inzendingen – staat dev</title></head><body><main><h1>Inzendingen</h1><p>Er is nog geen verslagjaar bekend: staat.yaml ontbreekt of heeft fouten. Start met <code>staat dev --verslagjaar JAAR</code> of herstel staat.yaml. <a href="/">Naar het rapport</a>.</p></main></body></html>\n';
  }
  const rows = overview.organisaties.map((r) => {
    const state = rowState(r);
    const stand = r.stand === null ? '–' : `<code>${escapeHtml(r.stand)}</code>`;
    const name = r.stand !== null && r.fouten === 0 ? `<a href="/organisaties/${encodeURIComponent(r.organisatie)}/">${escapeHtml(r.naam)}</a>` : escapeHtml(r.naam);
    const numbers = [problems(r, r.fouten), problems(r, r.waarschuwingen), problems(r, r.infos), count(r.knelpunten), count(r.nieuw), count(r.meegenomen), count(r.opgelost), count(r.verdwenen)];
    return `<tr class="${state}"><th scope="row">${name} <span class="id">(${escapeHtml(r.organisatie)})</span></th><td>${STATE_NL[state]}</td><td>${stand}</td>${numbers.map((n) => `<td class="n">${n}</td>`).join('')}<td>${r.vorig_jaar ? 'ja' : 'nee'}</td></tr>`;
  });
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Inzendingen ${overview.verslagjaar} – staat dev</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse}th,td{border-top:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}tr.fouten td:nth-child(2){color:#a4001d;font-weight:bold}tr.ontbrekend td:nth-child(2){color:#7a4b00;font-weight:bold}.id{color:#555;font-weight:normal}a{color:#154273}</style>
</head>
<body>
<main>
<h1>Inzendingen voor verslagjaar ${overview.verslagjaar}</h1>
<p>Dit overzicht hoort bij het voorbeeld van <code>staat dev</code> en komt niet in het rapport. Op de opdrachtregel: <code>staat status</code>. <a href="/">Naar het rapport</a>.</p>
<ul>${summaryLines(overview).map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>
<table>
<caption>Per organisatie: eerst wie fouten heeft, dan wie ontbreekt, dan wie klaar is.</caption>
<thead><tr><th scope="col">Organisatie</th><th scope="col">Status</th><th scope="col">Stand</th><th scope="col">Fouten</th><th scope="col">Waarschuwingen</th><th scope="col">Info</th><th scope="col">Knelpunten</th><th scope="col">Nieuw</th><th scope="col">Meegenomen</th><th scope="col">Opgelost</th><th scope="col">Verdwenen</th><th scope="col">Vorig jaar</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</main>
</body>
</html>
`;
}
