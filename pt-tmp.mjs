import { loadTreeParallel } from '/work/main/lib/load/parallel.js';
import { checkForBuild, modelFor } from '/work/main/lib/build/compile.js';
import { openCache } from '/work/main/lib/cache/index.js';
import { MarkdownCache } from '/work/main/lib/render/markdown-cache.js';
import { SiteRenderer } from '/work/main/lib/render/site.js';
import { datapackage } from '/work/main/lib/export/index.js';
const root = 'bench/out/small'; const cache = openCache(root, true);
const tree = await loadTreeParallel(root, { cache });
const { model, edition } = modelFor(checkForBuild(tree));
let t = performance.now();
const r = new SiteRenderer(model, { generatedAt: '2025-01-01T00:00:00Z', version: 'x', templatesDir: '/work/main/templates/', cache, markdownCache: new MarkdownCache(cache), openData: datapackage(edition) });
console.log('construct', (performance.now()-t).toFixed(0));
const times = []; let total = 0;
for (const p of r.paths) { const s = performance.now(); const h = await r.file(p); const d = performance.now() - s; total += d; times.push([d, p, h.length]); }
await r.close();
console.log('total', total.toFixed(0));
const groups = {}; for (const [d, p] of times) { const g = p.split('/')[0]; groups[g] = (groups[g] || 0) + d; }
console.log(Object.entries(groups).sort((a,b)=>b[1]-a[1]).map(([g,d])=>g+' '+d.toFixed(0)).join('\n'));
times.sort((a,b)=>b[0]-a[0]).slice(0,12).forEach(([d,p,n])=>console.log(d.toFixed(0).padStart(5), p, n));
