/**
 * A bounded cache that evicts the least recently used entry when full
 * (issue 19: the caches used to empty themselves when full, so cycling one
 * entry more than they held made every call a miss and cleared the others'
 * hits too). A Map keeps insertion order: a hit is moved to the end, the
 * first key is the least recently used.
 */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  private last: K | undefined;
  constructor(readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) return undefined;
    // Already the most recent: nothing to move (the common case of a repeated argument).
    if (this.last !== key) {
      this.map.delete(key);
      this.map.set(key, v);
      this.last = key;
    }
    return v;
  }

  set(key: K, value: V): void {
    if (this.map.has(key)) this.map.delete(key);
    else if (this.map.size >= this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    this.map.set(key, value);
    this.last = key;
  }
}
