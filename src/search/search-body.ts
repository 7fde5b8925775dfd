// The one test for the attribute the layout puts on the part of a page Pagefind indexes.
// Text cannot contain `<` unescaped, so it finds only a real attribute.

const BODY_ATTRIBUTE = /<[a-z][^>]*\sdata-pagefind-body[\s>=]/i;

/** Whether a page marks content for the search (`data-pagefind-body`). */
export const hasSearchBody = (html: string): boolean => BODY_ATTRIBUTE.test(html);
