/**
 * Rendered pages, kept in memory: a page's HTML depends only on its address, its language and
 * the directory's data, never on who asks, so rendering it again for the next visitor is wasted
 * work (a render costs about 2 ms of CPU). Least recently used pages go first; a change of the
 * directory's data changes every key, so nothing stale is served.
 */
export interface CachedPage {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();

  constructor(private readonly maxEntries: number) {}

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      // Move to the end: most recently used.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: CachedPage): void {
    this.pages.delete(key);
    this.pages.set(key, page);
    while (this.pages.size > this.maxEntries) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.pages.delete(oldest);
    }
  }

  get size(): number {
    return this.pages.size;
  }
}
