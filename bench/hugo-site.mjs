// The Hugo peer of the benchmark: a minimal site over the same content tree, one page per
// Stand (the edition's with its samenvatting and its knelpunten' Markdown) and one page per
// thema listing the edition's knelpunten of that thema. Hugo 0.111 (Debian) reads front matter
// only from content files, so every Stand is copied into content/ byte for byte; a .yaml Stand
// gets `---` lines around it (its samenvatting is then a front matter field). Preparing the
// site is not timed; `hugo` building it is.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const CONFIG = `baseURL: /
disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404]
markup:
  goldmark:
    renderer:
      unsafe: false
params:
  editie: EDITIE
`;

const LAYOUTS = {
  'index.html': '<!doctype html><title>Staat</title><h1>Staat</h1>\n',
  '_default/list.html': '<!doctype html><title>{{ .Title }}</title><h1>{{ .Title }}</h1>\n',
  '_default/single.html': `<!doctype html><html lang="nl"><title>{{ .Params.organisatie }} {{ .Params.verslagjaar }}</title>
<h1>{{ .Params.organisatie }} {{ .Params.verslagjaar }}</h1>
{{ if eq .Params.verslagjaar site.Params.editie }}
{{ .Content }}{{ with .Params.samenvatting }}{{ . | markdownify }}{{ end }}
{{ range .Params.knelpunten }}<section><h2>{{ .titel }}</h2>
{{ with .beschrijving }}{{ . | markdownify }}{{ end }}{{ with .gevolgen }}{{ . | markdownify }}{{ end }}{{ with .oplossingsrichting }}{{ . | markdownify }}{{ end }}
</section>{{ end }}
{{ range .Params.lichtpunten }}<h2>{{ .titel }}</h2>{{ with .beschrijving }}{{ . | markdownify }}{{ end }}{{ end }}
{{ range .Params.dilemmas }}<h2>{{ .titel }}</h2>{{ with .beschrijving }}{{ . | markdownify }}{{ end }}{{ end }}
{{ end }}</html>
`,
  'themas/single.html': `<!doctype html><html lang="nl"><title>{{ .Title }}</title><h1>{{ .Title }}</h1><ul>
{{ $id := .Params.id }}{{ range where site.RegularPages "Section" "standen" }}{{ if eq .Params.verslagjaar site.Params.editie }}{{ $p := . }}{{ range .Params.knelpunten }}{{ if eq .thema $id }}<li><a href="{{ $p.RelPermalink }}">{{ .titel }}</a></li>{{ end }}{{ end }}{{ end }}{{ end }}
</ul></html>
`,
};

/** Writes the Hugo site for `tree` into `site` (replacing it); returns the number of pages. */
export function hugoSite(tree, site) {
  rmSync(site, { recursive: true, force: true });
  const edition = parse(readFileSync(join(tree, 'staat.yaml'), 'utf8'));
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'config.yaml'), CONFIG.replace('EDITIE', String(edition.verslagjaar)));
  for (const [name, text] of Object.entries(LAYOUTS)) {
    mkdirSync(join(site, 'layouts', name, '..'), { recursive: true });
    writeFileSync(join(site, 'layouts', name), text);
  }
  let pages = 0;
  for (const year of readdirSync(join(tree, 'standen'))) {
    mkdirSync(join(site, 'content', 'standen', year), { recursive: true });
    for (const name of readdirSync(join(tree, 'standen', year))) {
      const text = readFileSync(join(tree, 'standen', year, name), 'utf8');
      const stem = name.replace(/\.(md|yaml)$/, '');
      writeFileSync(join(site, 'content', 'standen', year, `${stem}.md`), name.endsWith('.md') ? text : `---\n${text}${text.endsWith('\n') ? '' : '\n'}---\n`);
      pages++;
    }
  }
  mkdirSync(join(site, 'content', 'themas'), { recursive: true });
  for (const thema of parse(readFileSync(join(tree, 'registers', 'themas.yaml'), 'utf8'))) {
    writeFileSync(join(site, 'content', 'themas', `${thema.id}.md`), `---\ntitle: ${JSON.stringify(thema.naam)}\nid: ${thema.id}\n---\n`);
    pages++;
  }
  return pages;
}
