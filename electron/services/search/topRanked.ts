// Keeps the best `limit` hits of a query in a small heap, so a query that matches thousands of
// entries sorts only what it shows. Rank: more query words matched, then better match quality
// (the group), then higher score, then FTS5's bm25 for notes, then index order.

export interface Ranked<T> {
  /** termsMatched × 4 − tier: higher is better. */
  group: number;
  score: number;
  bm25: number;
  order: number;
  item: T;
}

function better<T>(a: Ranked<T>, b: Ranked<T>): boolean {
  if (a.group !== b.group) return a.group > b.group;
  if (a.score !== b.score) return a.score > b.score;
  if (a.bm25 !== b.bm25) return a.bm25 < b.bm25;
  return a.order < b.order;
}

export class TopRanked<T> {
  /** A min-heap: the worst kept hit at the root. */
  private readonly heap: Ranked<T>[] = [];

  constructor(private readonly limit: number) {}

  /** True when a hit ranked so would be kept: check before building the item. */
  accepts(group: number, score: number, bm25: number, order: number): boolean {
    if (this.heap.length < this.limit) return true;
    if (this.limit <= 0) return false;
    const worst = this.heap[0] as Ranked<T>;
    return better({ group, score, bm25, order, item: worst.item }, worst);
  }

  add(ranked: Ranked<T>): void {
    const heap = this.heap;
    if (heap.length >= this.limit) {
      heap[0] = ranked;
      this.siftDown(0);
      return;
    }
    heap.push(ranked);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!better(heap[parent] as Ranked<T>, heap[i] as Ranked<T>)) break;
      [heap[parent], heap[i]] = [heap[i] as Ranked<T>, heap[parent] as Ranked<T>];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < heap.length && better(heap[worst] as Ranked<T>, heap[left] as Ranked<T>))
        worst = left;
      if (right < heap.length && better(heap[worst] as Ranked<T>, heap[right] as Ranked<T>))
        worst = right;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i] as Ranked<T>, heap[worst] as Ranked<T>];
      i = worst;
    }
  }

  /** Best first. */
  sorted(): Ranked<T>[] {
    return [...this.heap].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  }
}
