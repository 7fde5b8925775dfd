// The chapters of the PDF, in reading order, and which pages of the site each one is made of.
// A chapter whose pages are not in the site (a report without inleiding, a site without
// ministry pages) is left out, so the list can name chapters the site may or may not have.
import type { ChapterSpec, PartSpec, SitePages } from './compose.js';
import { find, walk } from './hast.js';

/** The overview page followed by its sub-pages, in the order the overview links to them. */
function overviewWithPages(pages: SitePages, overview: string, options: { subShift: number; dropTitle?: boolean }): PartSpec[] {
  const folder = overview.replace(/index\.html$/, '');
  const inFolder = (p: string): boolean => p.startsWith(folder) && p !== overview && /^[^/]+\/index\.html$/.test(p.slice(folder.length));
  const ordered: string[] = [];
  const main = pages.main(overview);
  if (main) {
    walk(main, (e) => {
      const href = e.tagName === 'a' ? e.properties['href'] : undefined;
      if (typeof href !== 'string') return;
      const target = new URL(href, `http://rapport.invalid/${overview}`);
      if (target.host !== 'rapport.invalid') return;
      const path = decodeURIComponent(target.pathname.slice(1));
      if (inFolder(path) && pages.has(path) && !ordered.includes(path)) ordered.push(path);
    });
  }
  // A page the overview does not link to still belongs in the chapter.
  for (const p of pages.paths()) if (inFolder(p) && !ordered.includes(p)) ordered.push(p);
  return [
    { path: overview, shift: options.dropTitle === false ? options.subShift - 1 : 0, dropTitle: options.dropTitle ?? true, ...(options.dropTitle === false ? { toc: true } : {}) },
    ...ordered.map((path) => ({ path, shift: options.subShift, toc: true })),
  ];
}

/** The id of the front page's heading whose section is a chapter, if the front page has it. */
function homeSection(pages: SitePages, candidates: string[]): PartSpec[] {
  const main = pages.main('index.html');
  const id = candidates.find((c) => main !== undefined && find(main, (e) => e.properties['id'] === c) !== undefined);
  return id === undefined ? [] : [{ path: 'index.html', section: id, shift: -1 }];
}

export function chapterPlan(pages: SitePages): ChapterSpec[] {
  return [
    { id: 'inleiding', titel: 'Inleiding', parts: homeSection(pages, ['inleiding']) },
    { id: 'belangrijkste-punten', titel: 'Belangrijkste punten', parts: homeSection(pages, ['belangrijkste-punten', 'belangrijkste']) },
    { id: 'kerncijfers', titel: 'Kerncijfers', parts: homeSection(pages, ['kerncijfers']) },
    { id: 'themas', titel: 'Thema’s', parts: overviewWithPages(pages, 'themas/index.html', { subShift: 1 }) },
    { id: 'oproepen', titel: 'Oproepen', parts: overviewWithPages(pages, 'oproepen/index.html', { subShift: 1 }) },
    {
      id: 'driehoek',
      titel: 'Driehoek en ministeries',
      parts: [
        { path: 'driehoek/index.html', shift: 0, dropTitle: true },
        // The ministries' overview is a section of this chapter, each ministry one below it.
        ...overviewWithPages(pages, 'ministeries/index.html', { subShift: 2, dropTitle: false }),
      ],
    },
    { id: 'organisaties', titel: 'Organisaties', parts: overviewWithPages(pages, 'organisaties/index.html', { subShift: 1 }) },
    { id: 'gedeeld', titel: 'Gedeelde knelpunten', parts: [{ path: 'gedeeld/index.html', shift: 0, dropTitle: true }] },
    { id: 'trends', titel: 'Trends', parts: [{ path: 'trends/index.html', shift: 0, dropTitle: true }] },
  ];
}
