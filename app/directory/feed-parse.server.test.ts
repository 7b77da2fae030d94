import { describe, expect, it } from "vitest";
import { parseFeedPage } from "./feed-parse.server";

const bytes = (text: string) => new TextEncoder().encode(text);
const limits = { maxRecords: 3, maxRecordBytes: 100 };

describe("parseFeedPage (in a worker)", () => {
  it("gives the records of an HSDS page or a bare list, and total_pages", async () => {
    expect(await parseFeedPage(bytes('{"total_pages":2,"contents":[{"id":"a"}]}'), limits)).toEqual({
      records: [{ id: "a" }],
      totalPages: 2,
      oversized: 0,
    });
    expect(await parseFeedPage(bytes("[1,2]"), limits)).toEqual({ records: [1, 2], totalPages: 1, oversized: 0 });
    expect(await parseFeedPage(bytes('{"total_pages":"many","contents":[]}'), limits)).toMatchObject({ totalPages: null });
  });

  it("refuses more records than it may take", async () => {
    expect(await parseFeedPage(bytes("[{},{},{},{}]"), limits)).toEqual({ problem: "too-many-records", count: 4 });
  });

  it("leaves out a record larger than the limit", async () => {
    const page = await parseFeedPage(bytes(`[{"a":1},{"b":"${"x".repeat(200)}"}]`), limits);
    expect(page).toEqual({ records: [{ a: 1 }, null], totalPages: 1, oversized: 1 });
  });

  it("says what is wrong with bytes that are not a list of records", async () => {
    expect(await parseFeedPage(new Uint8Array([0x7b, 0xff]), limits)).toEqual({ problem: "not-utf8" });
    expect(await parseFeedPage(bytes('{"contents": ['), limits)).toEqual({ problem: "not-json" });
    expect(await parseFeedPage(bytes('{"hello":"world"}'), limits)).toEqual({ problem: "no-list" });
  });

  it("stops a page that needs more memory than its heap limit", async () => {
    const many = `[${Array.from({ length: 1_000_000 }, () => '"abc"').join(",")}]`;
    expect(await parseFeedPage(bytes(many), { maxRecords: 2_000_000, maxRecordBytes: 100, maxHeapMb: 8 })).toEqual({
      problem: "out-of-memory",
    });
  });
});
