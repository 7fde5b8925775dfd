/**
 * A deliberately tiny XML reader for the tests: it accepts only the subset the junit reporter
 * writes (declaration, elements, double-quoted attributes, text, the five entities and numeric
 * references) and throws on anything that is not well-formed in that subset.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/* XML 1.0 Char production (code points). */
const LEGAL = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw '<' in ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated reference in ${where}`);
    if (body in ENTITY) return ENTITY[body]!;
    const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(body);
    if (num === null) throw new Error(`unknown entity &${body}; in ${where}`);
    const code = num[1]!.startsWith('x') ? parseInt(num[1]!.slice(1), 16) : parseInt(num[1]!, 10);
    const ch = String.fromCodePoint(code);
    if (!LEGAL.test(ch)) throw new Error(`illegal character reference in ${where}`);
    return ch;
  });
}

/* Attribute values: a raw tab or line break would be normalised to a space by a real parser. */
function decodeAttribute(raw: string, where: string): string {
  if (/[\t\n\r]/.test(raw)) throw new Error(`raw whitespace control in attribute ${where}`);
  return decode(raw, where);
}

export function parseXml(doc: string): XmlElement {
  if (!LEGAL.test(doc)) throw new Error('document contains characters XML 1.0 forbids');
  const declaration = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(doc);
  if (declaration === null) throw new Error('missing XML declaration');
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"]*")*)\s*(\/?)>/gy;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let pos = declaration[0].length;
  while (pos < doc.length) {
    const lt = doc.indexOf('<', pos);
    const text = doc.slice(pos, lt === -1 ? doc.length : lt);
    const top = stack.at(-1);
    if (top === undefined) {
      if (text.trim() !== '') throw new Error('text outside the root element');
    } else {
      top.text += decode(text, `<${top.name}>`);
    }
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(doc);
    if (m === null) throw new Error(`malformed tag at ${lt}: ${doc.slice(lt, lt + 40)}`);
    const [, closing, name, rawAttrs, selfClosing] = m as unknown as [string, string, string, string, string];
    pos = tag.lastIndex;
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    if (root !== undefined && stack.length === 0) throw new Error('second root element');
    const attrs: Record<string, string> = {};
    for (const a of rawAttrs.matchAll(/([A-Za-z_][\w.:-]*)="([^"]*)"/g)) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]}`);
      attrs[a[1]!] = decodeAttribute(a[2]!, `${name}@${a[1]}`);
    }
    const el: XmlElement = { name, attrs, children: [], text: '' };
    if (stack.length > 0) stack.at(-1)!.children.push(el);
    else root = el;
    if (!selfClosing) stack.push(el);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  if (root === undefined) throw new Error('no root element');
  return root;
}
