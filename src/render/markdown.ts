// Markdown from submissions and staat.yaml → sanitized HTML.
//
// One unified processor is built once and reused for every fragment; only the id prefix differs
// per fragment, and it travels in `file.data`, so no processor is created per call.
// - remark-rehype runs without allowDangerousHtml: raw HTML in a submission is dropped
//   (lint reports it as `raw-html`).
// - rehype-sanitize (GitHub-like default schema) with a per-fragment `clobberPrefix`, so
//   footnote ids of two knelpunten on one page never collide. Same-page `#` links inside the
//   fragment get the same prefix, so footnotes keep working.
// - Links: only http, https, mailto and relative URLs survive.
// - Images are replaced by their alt text: the report loads nothing from elsewhere (no
//   tracking pixels, works offline), and relative image files are not part of the build output.
// - Headings are shifted down so a `# Kop` in a knelpunt does not compete with the page title.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { VFile } from 'vfile';
import { SafeHtml } from './safe-html.js';

type Schema = NonNullable<Parameters<typeof rehypeSanitize>[0]>;

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export interface MarkdownOptions {
  /** Prefix for every id in the fragment, e.g. `k-uwv-wia-achterstand-`. */
  idPrefix: string;
  /** Level a Markdown `#` heading becomes (default 3); deeper ones follow, capped at 6. */
  headingLevel?: number;
}

interface FragmentData {
  idPrefix: string;
  headingLevel: number;
}

const baseSchema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => t !== 'img'),
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    cite: ['http', 'https'],
  },
};

function fragmentData(file: VFile): FragmentData {
  return file.data as unknown as FragmentData;
}

/** Replaces every `img` by a text node with its alt text (before sanitizing). */
function imagesToText() {
  return (tree: HastNode): void => {
    const visit = (node: HastNode): void => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        if (child.type === 'element' && child.tagName === 'img') {
          const alt = child.properties?.['alt'];
          return { type: 'text', value: typeof alt === 'string' ? alt : '' };
        }
        visit(child);
        return child;
      });
    };
    visit(tree);
  };
}

/** rehype-sanitize with the prefix of this fragment; the schema is a cheap spread. */
function sanitizePerFragment() {
  return (tree: HastNode, file: VFile): HastNode => {
    const schema: Schema = { ...baseSchema, clobberPrefix: fragmentData(file).idPrefix };
    const transform = rehypeSanitize(schema) as unknown as (t: HastNode) => HastNode;
    return transform(tree);
  };
}

/**
 * After sanitizing: same-page links get the fragment's prefix, headings shift down, and a task
 * list's checkbox gets a name (axe's `label`: a form field without one is announced as nothing).
 */
function fixLinksAndHeadings() {
  return (tree: HastNode, file: VFile): void => {
    const { idPrefix, headingLevel } = fragmentData(file);
    const visit = (node: HastNode): void => {
      if (node.type === 'element' && node.tagName) {
        const href = node.properties?.['href'];
        if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) {
          node.properties = { ...node.properties, href: `#${idPrefix}${href.slice(1)}` };
        }
        const level = /^h([1-6])$/.exec(node.tagName);
        if (level) node.tagName = `h${Math.min(6, Number(level[1]) + headingLevel - 1)}`;
        if (node.tagName === 'input' && node.properties?.['type'] === 'checkbox') {
          node.properties = { ...node.properties, ariaLabel: node.properties['checked'] ? 'taak afgerond' : 'taak open' };
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

function createProcessor(): Processor<any, any, any, any, string> {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, {
      // Ids are prefixed by the sanitizer (per fragment); a second prefix here would break links.
      clobberPrefix: '',
      footnoteLabel: 'Voetnoten',
      footnoteBackLabel: 'Terug naar de tekst',
    })
    .use(imagesToText)
    .use(sanitizePerFragment)
    .use(fixLinksAndHeadings)
    .use(rehypeStringify)
    .freeze() as unknown as Processor<any, any, any, any, string>;
}

let shared: Processor<any, any, any, any, string> | undefined;

// Plain prose is the common case and micromark is slow (about 1 ms per short fragment). Text made
// only of these characters, in lines that start with a letter and do not end in a space, can hold
// no Markdown construct at all (no list, heading, code, emphasis, link, autolink, entity or HTML),
// so its HTML is known: paragraphs split at blank lines, lines kept as they are. A property test
// checks that this gives byte-identical output to the full pipeline.
const PLAIN_CHARS = /^[\p{L}\p{N} ,.;:'"?()%€/+’‘“”–—\n-]*$/u;
const PLAIN_LINE = /^\p{L}(.*[^ ])?$/u;

/** The HTML of `markdown` when it is plain prose, else `null`. */
export function plainTextHtml(markdown: string): string | null {
  if (!PLAIN_CHARS.test(markdown) || markdown.includes('://') || /www\./i.test(markdown)) return null;
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of markdown.split('\n')) {
    if (line === '') {
      if (current.length > 0) paragraphs.push(`<p>${current.join('\n')}</p>`);
      current = [];
    } else if (PLAIN_LINE.test(line)) {
      current.push(line);
    } else {
      return null;
    }
  }
  if (current.length > 0) paragraphs.push(`<p>${current.join('\n')}</p>`);
  return paragraphs.join('\n');
}

/** Renders one Markdown fragment to sanitized HTML. */
export function renderMarkdown(markdown: string, options: MarkdownOptions): SafeHtml {
  const plain = plainTextHtml(markdown);
  return plain === null ? renderMarkdownFull(markdown, options) : new SafeHtml(plain);
}

/** The full unified pipeline, without the plain-text shortcut (exported for the tests). */
export function renderMarkdownFull(markdown: string, options: MarkdownOptions): SafeHtml {
  shared ??= createProcessor();
  const data: FragmentData = { idPrefix: options.idPrefix, headingLevel: options.headingLevel ?? 3 };
  const tree = shared.parse(markdown);
  const file = { data, messages: [], history: [], cwd: '', value: markdown } as unknown as VFile;
  const hast = shared.runSync(tree, file);
  return new SafeHtml(shared.stringify(hast, file));
}
