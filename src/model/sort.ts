// Deterministic ordering for every list in the report. Ids are compared by UTF-16 code
// units (not localeCompare), so the order never depends on the machine's locale or ICU.

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ascending, de-duplicated copy of an id list. */
export function sortedIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(compareIds);
}

/** "Counts descending, then id ascending" (report.md). */
export function byCountThenId<T>(count: (item: T) => number, id: (item: T) => string) {
  return (a: T, b: T): number => count(b) - count(a) || compareIds(id(a), id(b));
}
