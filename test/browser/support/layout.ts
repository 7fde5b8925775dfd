/**
 * In-page layout measurements. Kept as plain script text, so that no build-tool helper
 * ends up in code that runs in the browser.
 */
import type { Page } from 'playwright-core';

export interface LayoutReport {
  viewportWidth: number;
  scrollWidth: number;
  /** Visible elements sticking out past the right edge, outside any horizontal scroll container. */
  sticking: string[];
  tables: {
    where: string;
    /** The table's own width, and that of the box it must fit in. */
    width: number;
    room: number;
    /** It sits inside a container that scrolls horizontally (overflow-x auto/scroll). */
    scrollsInOwnContainer: boolean;
    /** That container fits inside the viewport. */
    containerFits: boolean;
  }[];
}

const MEASURE = `(() => {
  const vw = document.documentElement.clientWidth;
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      parts.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : ''));
    }
    return parts.join(' > ');
  };
  const scroller = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const ox = getComputedStyle(p).overflowX;
      if (ox === 'auto' || ox === 'scroll') return p;
    }
    return null;
  };
  // Visually hidden (clipped to nothing, like the header row of a table stacked on a phone):
  // its box may be wide, but nothing of it shows, so it cannot stick out.
  const clipped = (el) => {
    for (let p = el; p && p !== document.body; p = p.parentElement) {
      const st = getComputedStyle(p);
      if (st.position === 'absolute' && st.clip !== 'auto' && st.overflow === 'hidden') return true;
    }
    return false;
  };
  const sticking = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.position === 'absolute' && r.right <= 0) continue;
    if (r.right <= vw + 1 || scroller(el) || clipped(el)) continue;
    // Report only where it starts: the outermost element sticking out, not all its children.
    const parent = el.parentElement;
    if (parent && parent !== document.body && parent.getBoundingClientRect().right > vw + 1) continue;
    const line = describe(el) + ' right=' + Math.round(r.right);
    if (!sticking.includes(line)) sticking.push(line);
  }
  // Text can run out of its box (a long word in a narrow heading) without the box growing.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    const owner = node.parentElement;
    if (!owner || r.width === 0 || r.right <= vw + 1 || scroller(node) || clipped(owner)) continue;
    const line = describe(owner) + ' text "' + node.textContent.trim().slice(0, 40) + '" right=' + Math.round(r.right);
    if (!sticking.includes(line)) sticking.push(line);
  }
  const tables = [...document.querySelectorAll('table')].map((t) => {
    const box = scroller(t);
    const room = (box ?? t.parentElement).clientWidth;
    const br = box ? box.getBoundingClientRect() : null;
    return {
      where: describe(t),
      width: Math.round(t.getBoundingClientRect().width),
      room,
      scrollsInOwnContainer: box !== null,
      containerFits: br ? br.right <= vw + 1 && br.left >= -1 : false,
    };
  });
  return { viewportWidth: vw, scrollWidth: document.documentElement.scrollWidth, sticking, tables };
})()`;

export function measureLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(MEASURE) as Promise<LayoutReport>;
}
