import { describe, expect, it } from 'vitest';
import { largest } from '../../src/render/highlights.js';

describe('largest (the biggest themes of the front page)', () => {
  const rows = (...counts: number[]) => counts.map((n, i) => ({ id: `t${i}`, n }));
  const ids = (r: { id: string }[]) => r.map((x) => x.id);

  it('takes the three largest, largest first', () => {
    expect(ids(largest(rows(1, 9, 4, 7, 2), (r) => r.n))).toEqual(['t1', 't3', 't2']);
  });

  it('keeps everything tied with the third, up to five', () => {
    // 15, 14, then three of 9: naming one of the three would be arbitrary.
    expect(ids(largest(rows(15, 14, 9, 9, 9, 8), (r) => r.n))).toEqual(['t0', 't1', 't2', 't3', 't4']);
  });

  it('drops the tie when it would make the list longer than five', () => {
    expect(ids(largest(rows(15, 9, 9, 9, 9, 9), (r) => r.n))).toEqual(['t0']);
  });

  it('never calls a theme without knelpunten one of the largest', () => {
    expect(ids(largest(rows(0, 3, 0), (r) => r.n))).toEqual(['t1']);
    expect(largest(rows(0, 0), (r) => r.n)).toEqual([]);
  });
});
