// Addresses outside the report, from staat.yaml: `bron_url` turns a source file and line into a
// link (to a Git host, say), `site_url` turns a page of the report into its published address
// (canonical links, permalinks, citations). Without them the report shows plain text and
// relative links, as before.
import type { Bron, ReportModel } from '../model/types.js';
import { safeLink } from './safe-url.js';

export interface SiteLinks {
  /** The link to a source file's line, or null without `bron_url`. */
  bron(bron: Bron): string | null;
  /** The published address of a report path (`organisaties/uwv/index.html#kp-…`), or null without `site_url`. */
  absolute(reportPath: string): string | null;
}

/** `a/b/index.html#x` → `a/b/#x`: the address a web server answers for a folder. */
function folderForm(reportPath: string): string {
  return reportPath.replace(/(^|\/)index\.html(?=#|$)/, '$1');
}

export function siteLinks(options: { bronUrl?: string | undefined; siteUrl?: string | undefined }): SiteLinks {
  const { bronUrl, siteUrl } = options;
  const base = siteUrl === undefined ? undefined : siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return {
    bron(bron) {
      if (bronUrl === undefined) return null;
      // Each path segment encoded on its own, so the `/` stay and nothing else can break out.
      const pad = bron.pad.split('/').map(encodeURIComponent).join('/');
      const url = bronUrl.replaceAll('{pad}', pad).replaceAll('{regel}', String(bron.regel));
      return safeLink(url).href;
    },
    absolute(reportPath) {
      return base === undefined ? null : `${base}${folderForm(reportPath)}`;
    },
  };
}

/** The links of a report. A concept edition is not what site_url publishes: no addresses there. */
export function linksFor(model: Pick<ReportModel, 'edition' | 'concept'>): SiteLinks {
  return siteLinks({ bronUrl: model.edition.bron_url, siteUrl: model.concept ? undefined : model.edition.site_url });
}
