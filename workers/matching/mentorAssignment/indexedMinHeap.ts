// A binary min-heap of node indices 0..capacity-1 with decrease-key, on typed
// arrays (Dijkstra's priority queue). Keys are pairs compared lexicographically
// (primary, then secondary), so lexicographic path costs need no "big M"
// weight. Equal keys pop the lower index first, so searches are deterministic.

export class IndexedMinHeap {
  private readonly heap: Int32Array;
  private readonly position: Int32Array;
  private readonly primary: Float64Array;
  private readonly secondary: Float64Array;
  private length = 0;

  constructor(capacity: number) {
    this.heap = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
    this.primary = new Float64Array(capacity);
    this.secondary = new Float64Array(capacity);
  }

  get size(): number {
    return this.length;
  }

  has(node: number): boolean {
    return this.position[node]! >= 0;
  }

  /** Inserts `node`, or lowers its key when it is already queued with a larger one. */
  pushOrDecrease(node: number, primary: number, secondary = 0): void {
    const at = this.position[node]!;
    if (at >= 0) {
      const p = this.primary[node]!;
      if (primary > p || (primary === p && secondary >= this.secondary[node]!)) return;
      this.primary[node] = primary;
      this.secondary[node] = secondary;
      this.siftUp(at);
      return;
    }
    this.primary[node] = primary;
    this.secondary[node] = secondary;
    this.heap[this.length] = node;
    this.position[node] = this.length;
    this.length++;
    this.siftUp(this.length - 1);
  }

  /** Removes and returns the node with the smallest key (lowest index among equals). */
  pop(): number {
    if (this.length === 0) throw new RangeError('IndexedMinHeap.pop: empty heap');
    const top = this.heap[0]!;
    this.position[top] = -1;
    this.length--;
    if (this.length > 0) {
      const last = this.heap[this.length]!;
      this.heap[0] = last;
      this.position[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  /** Empties the heap in O(size). */
  clear(): void {
    for (let i = 0; i < this.length; i++) this.position[this.heap[i]!] = -1;
    this.length = 0;
  }

  private less(a: number, b: number): boolean {
    const pa = this.primary[a]!;
    const pb = this.primary[b]!;
    if (pa !== pb) return pa < pb;
    const sa = this.secondary[a]!;
    const sb = this.secondary[b]!;
    return sa < sb || (sa === sb && a < b);
  }

  private siftUp(at: number): void {
    const node = this.heap[at]!;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.heap[parentAt]!;
      if (!this.less(node, parent)) break;
      this.heap[at] = parent;
      this.position[parent] = at;
      at = parentAt;
    }
    this.heap[at] = node;
    this.position[node] = at;
  }

  private siftDown(at: number): void {
    const node = this.heap[at]!;
    for (;;) {
      let childAt = 2 * at + 1;
      if (childAt >= this.length) break;
      const right = childAt + 1;
      if (right < this.length && this.less(this.heap[right]!, this.heap[childAt]!)) childAt = right;
      const child = this.heap[childAt]!;
      if (!this.less(child, node)) break;
      this.heap[at] = child;
      this.position[child] = at;
      at = childAt;
    }
    this.heap[at] = node;
    this.position[node] = at;
  }
}
