import { describe, expect, it } from "vitest";
import { PageCache } from "./page-cache.server";

const page = (text: string) => ({ body: new TextEncoder().encode(text), etag: `W/"${text}"` });

describe("PageCache", () => {
  it("gives back what it was given", () => {
    const cache = new PageCache(2);
    cache.set("a", page("A"));
    expect(cache.get("a")?.etag).toBe('W/"A"');
    expect(cache.get("b")).toBeUndefined();
  });

  it("drops the least recently used page when full", () => {
    const cache = new PageCache(2);
    cache.set("a", page("A"));
    cache.set("b", page("B"));
    cache.get("a"); // a is now the most recent
    cache.set("c", page("C"));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it("replaces a page under the same key", () => {
    const cache = new PageCache(2);
    cache.set("a", page("A"));
    cache.set("a", page("A2"));
    expect(cache.get("a")?.etag).toBe('W/"A2"');
    expect(cache.size).toBe(1);
  });
});
