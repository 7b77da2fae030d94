import { readFileSync } from "node:fs";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DIRECTORY_SOURCE_URL, directorySource } from "../../tests/mocks/directory-source";
import { DirectoryStore, sourceUrlProblem, type DirectoryLogEntry, type DirectoryStoreOptions } from "./directory-store.server";
import { helplineProblems } from "./helplines";
import { fromHsdsService, hsdsSlugOf, serviceUuid, toHsdsService } from "./hsds.server";
import { hasOwnText } from "./translation-keys";
import { embeddedServices } from "~/data/services";
import type { Service } from "~/data/types";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const svServices: unknown = JSON.parse(readFileSync("locales/sv/services.json", "utf8"));
const byId = (id: string) => embeddedServices.find((service) => service.id === id)!;
const kast = byId("kast");
const bris = byId("bris");
const ids = embeddedServices.map((service) => service.id);
const newer = (service: Service): Service => ({ ...service, lastChecked: "2026-12-01" });

function makeStore(logs: DirectoryLogEntry[] = [], options: Partial<DirectoryStoreOptions> = {}) {
  return new DirectoryStore({
    initial: embeddedServices,
    url: DIRECTORY_SOURCE_URL,
    decode: (record) => record, // records in our own shape; HSDS decoding is tested on its own
    hasText: (key) => hasOwnText(svServices, key),
    timeoutMs: 200,
    log: (entry) => logs.push(entry),
    ...options,
  });
}

const find = (store: DirectoryStore, id: string) => store.current().find((service) => service.id === id);

/** The whole log line as the server would print it. */
const printed = (entry: DirectoryLogEntry | undefined) => JSON.stringify(entry);

describe("DirectoryStore", () => {
  it("serves the embedded directory until a source answers", () => {
    expect(makeStore().current()).toBe(embeddedServices);
  });

  it("takes a valid update", async () => {
    server.use(directorySource.serves(embeddedServices.map(newer)));
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry.outcome).toBe("updated");
    expect(entry.accepted).toBe(16);
    expect(store.version).toBe(1);
    expect(store.current().every((service) => service.lastChecked === "2026-12-01")).toBe(true);
    expect((await store.refresh()).outcome).toBe("unchanged");
    expect(store.version).toBe(1);
    expect(store.current().map((service) => service.id)).toEqual(ids);
  });

  it.each([
    ["a source that does not answer in time", directorySource.hangs(), "timeout"],
    ["a 500", directorySource.fails(500), "http-error"],
    ["a 404", directorySource.fails(404), "http-error"],
    ["malformed JSON", directorySource.garbles(), "malformed"],
    ["a network error", directorySource.isUnreachable(), "network-error"],
    ["JSON without a list", directorySource.servesNoList(), "malformed"],
  ])("keeps the last good data on %s, and logs it", async (_name, handler, outcome) => {
    server.use(handler);
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    await store.refresh();
    expect(store.current()).toBe(embeddedServices);
    expect(logs).toHaveLength(1);
    expect(logs[0]?.outcome).toBe(outcome);
  });

  it("rejects a record with a wrong phone number, keeps the rest, and keeps that service's last good version", async () => {
    const badKast = { ...kast, phones: [{ ...kast.phones[0]!, e164: "+46850825741" }], lastChecked: "2026-12-01" };
    server.use(directorySource.serves([badKast, newer(bris)]));
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    await store.refresh();
    expect(find(store, "bris")?.lastChecked).toBe("2026-12-01");
    expect(find(store, "kast")).toEqual(kast);
    expect(find(store, "kast")?.phones[0]?.e164).toBe("+46850825740");
    expect(logs[0]?.rejected).toEqual([{ id: "kast", reason: expect.stringContaining("dials +46850825741") }]);
  });

  it("rejects a service it has no texts for", async () => {
    server.use(directorySource.serves([{ ...kast, id: "brand-new" }, kast]));
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    await store.refresh();
    expect(find(store, "brand-new")).toBeUndefined();
    expect(logs[0]?.rejected?.[0]).toEqual({ id: "brand-new", reason: expect.stringContaining("no text brand-new.name") });
  });

  it("keeps everything when every record is invalid", async () => {
    server.use(directorySource.serves([{ id: "kast" }, { nonsense: true }]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry.outcome).toBe("invalid");
    expect(store.current()).toBe(embeddedServices);
  });

  it("keeps everything when the update breaks a link between services", async () => {
    const mikaHalsa = byId("mika-halsa");
    server.use(directorySource.serves([{ ...mikaHalsa, contactVia: "brand-new" }]));
    const store = makeStore();
    expect((await store.refresh()).outcome).toBe("invalid");
    expect(store.current()).toBe(embeddedServices);
  });

  it("keeps the last good version of a service the feed names twice", async () => {
    server.use(directorySource.serves([newer(kast), { ...kast, lastChecked: "2026-12-02" }]));
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    await store.refresh();
    expect(find(store, "kast")).toEqual(kast);
    expect(logs[0]?.rejected).toEqual([{ id: "kast", reason: "given 2 times in the feed" }]);
  });
});

describe("1. a partial feed never deletes a service", () => {
  it("keeps every service the feed leaves out, and logs each as missing", async () => {
    server.use(directorySource.serves([newer(kast)])); // the red team's feed: only KAST
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    const entry = await store.refresh();
    expect(entry.outcome).toBe("updated");
    expect(store.current().map((service) => service.id)).toEqual(ids);
    expect(find(store, "kast")?.lastChecked).toBe("2026-12-01");
    expect(find(store, "bris")).toEqual(bris);
    expect(find(store, "kvinnofridslinjen")).toEqual(byId("kvinnofridslinjen"));
    expect(entry.missing).toEqual(ids.filter((id) => id !== "kast"));
    expect(helplineProblems(store.current())).toEqual([]);
  });

  it("keeps everything, and logs all as missing, when the feed is empty", async () => {
    server.use(directorySource.serves([]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry.outcome).toBe("unchanged");
    expect(entry.missing).toEqual(ids);
    expect(store.current()).toEqual(embeddedServices);
  });

  it("reads every page of a paged feed", async () => {
    const all = embeddedServices.map(newer);
    const requested: number[] = [];
    server.use(directorySource.servesPages([all.slice(0, 6), all.slice(6, 12), all.slice(12)], requested));
    const store = makeStore();
    const entry = await store.refresh();
    expect(requested).toEqual([1, 2, 3]);
    expect(entry).toMatchObject({ outcome: "updated", pages: 3, accepted: 16 });
    expect(entry.missing).toBeUndefined();
    expect(store.current().every((service) => service.lastChecked === "2026-12-01")).toBe(true);
  });

  it("reads no more than maxPages (default 50), and what lies beyond counts as missing", async () => {
    const pages = embeddedServices.map((service) => [newer(service)]); // one service a page
    const requested: number[] = [];
    server.use(directorySource.servesPages(pages, requested, 100_000));
    const store = makeStore([], { maxPages: 4 });
    const entry = await store.refresh();
    expect(requested).toEqual([1, 2, 3, 4]);
    expect(entry.pages).toBe(4);
    expect(entry.message).toContain("total_pages 100000: read the first 4");
    expect(entry.missing).toEqual(ids.slice(4));
    expect(store.current().map((service) => service.id)).toEqual(ids);

    const capped: number[] = [];
    const sixty = [...pages, ...Array.from({ length: 44 }, () => [])];
    server.use(directorySource.servesPages(sixty, capped, 100_000));
    const whole = await makeStore().refresh();
    expect(capped).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(whole).toMatchObject({ outcome: "updated", pages: 50, accepted: 16 });
  });

  it("changes nothing when one page of the feed fails", async () => {
    const all = embeddedServices.map(newer);
    server.use(directorySource.servesPages([all.slice(0, 8), all.slice(8)], [], 3)); // page 3 answers 404
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry).toMatchObject({ outcome: "http-error", status: 404 });
    expect(store.current()).toBe(embeddedServices);
  });

  it("removes a service only when the source marks it inactive or defunct", async () => {
    server.use(directorySource.serves([{ id: "bris", status: "defunct" }, { id: "police-114-14", status: "inactive" }, newer(kast)]));
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    const entry = await store.refresh();
    expect(entry.outcome).toBe("updated");
    expect(entry.removed).toEqual(["bris", "police-114-14"]);
    expect(find(store, "bris")).toBeUndefined();
    expect(find(store, "police-114-14")).toBeUndefined();
    expect(store.current()).toHaveLength(14);
    expect(logs[0]?.missing).not.toContain("bris");
  });

  it("does not remove a service that is only temporarily closed", async () => {
    server.use(directorySource.serves([{ ...newer(bris), status: "temporarily closed" }]));
    const store = makeStore();
    await store.refresh();
    expect(find(store, "bris")?.lastChecked).toBe("2026-12-01");
  });

  it("refuses a removal that would leave a journey or a printed card without a helpline, and logs why", async () => {
    server.use(directorySource.serves([{ id: "kast", status: "defunct" }, newer(bris)]));
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    const entry = await store.refresh();
    expect(entry.outcome).toBe("refused");
    expect(entry.message).toContain("the buying journey would have no helpline number");
    expect(entry.message).toContain("the printable talk-to-kast-card would have no helpline number");
    expect(store.current()).toBe(embeddedServices);
    expect(store.version).toBe(0);
  });

  it("refuses to take the last number from the under-18 journey and the young-person card", async () => {
    const stodcentrum = byId("stodcentrum");
    server.use(
      directorySource.serves([
        { id: "bris", status: "defunct" },
        { ...stodcentrum, phones: [], noNumberReason: "not-in-sources" },
      ]),
    );
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry.outcome).toBe("refused");
    expect(entry.message).toContain("the under-18 journey would have no helpline number");
    expect(entry.message).toContain("the printable young-card would have no helpline number");
    expect(store.current()).toBe(embeddedServices);
  });
});

describe("an HSDS feed (our own export, decoded as the server does)", () => {
  const hsdsStore = (logs: DirectoryLogEntry[] = []) =>
    makeStore(logs, { decode: fromHsdsService, identify: hsdsSlugOf });

  it("removes a service whose HSDS status is defunct, and only the one its UUID belongs to", async () => {
    server.use(
      directorySource.serves([
        { ...toHsdsService(byId("police-114-14")), status: "defunct" },
        { ...toHsdsService(byId("bris")), id: serviceUuid("kast"), status: "inactive" }, // claims KAST by metadata only
        toHsdsService(newer(kast)),
      ]),
    );
    const store = hsdsStore();
    const entry = await store.refresh();
    expect(entry.removed).toEqual(["police-114-14"]);
    expect(find(store, "police-114-14")).toBeUndefined();
    expect(find(store, "bris")).toEqual(bris);
    expect(find(store, "kast")?.lastChecked).toBe("2026-12-01");
  });

  it("holds a changed number and rejects a bad assured_date in HSDS records", async () => {
    const changed = toHsdsService(kast);
    changed.phones[0]!.number = "08-123 456 78";
    changed.phones[0]!.metadata = changed.phones[0]!.metadata.map((entry) =>
      entry.field_name === "stodlinjer:e164" ? { ...entry, replacement_value: '"+46812345678"' } : entry,
    );
    server.use(directorySource.serves([changed, { ...toHsdsService(bris), assured_date: "2026-13-45" }]));
    const store = hsdsStore();
    const entry = await store.refresh();
    expect(entry.held).toEqual([expect.objectContaining({ id: "kast", old: "08-508 257 40", new: "08-123 456 78" })]);
    expect(entry.rejected).toEqual([{ id: "bris", reason: expect.stringContaining("lastChecked: a real date") }]);
    expect(store.current()).toEqual(embeddedServices);
  });
});

describe("2. phone numbers are pinned", () => {
  it("holds a changed number: the last good version stays, the change is logged with old and new value", async () => {
    const changed = { ...newer(kast), phones: [{ ...kast.phones[0]!, number: "08-123 456 78", e164: "+46812345678" }] };
    server.use(directorySource.serves([changed, newer(bris)]));
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    const entry = await store.refresh();
    expect(find(store, "kast")).toEqual(kast);
    expect(find(store, "bris")?.lastChecked).toBe("2026-12-01");
    expect(entry.held).toEqual([
      { id: "kast", field: "phones.0", old: "08-508 257 40", new: "08-123 456 78", approve: "+46812345678" },
    ]);
    expect(entry.rejected).toEqual([]);
  });

  it("takes the number once DIRECTORY_REVIEWED_NUMBERS lists it", async () => {
    const changed = { ...newer(kast), phones: [{ ...kast.phones[0]!, number: "08-123 456 78", e164: "+46812345678" }] };
    server.use(directorySource.serves([changed]));
    const store = makeStore([], { reviewedNumbers: ["+46812345678"] });
    const entry = await store.refresh();
    expect(entry.outcome).toBe("updated");
    expect(entry.held).toBeUndefined();
    expect(find(store, "kast")?.phones[0]?.e164).toBe("+46812345678");
  });

  it("holds a reviewed number moved to another service (BRIS given KAST's number)", async () => {
    const moved = { ...bris, phones: [{ ...bris.phones[0]!, number: "08-508 257 40", e164: "+46850825740" }] };
    server.use(directorySource.serves([moved]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "bris")).toEqual(bris);
    expect(entry.held).toEqual([{ id: "bris", field: "phones.0", old: "116 111", new: "08-508 257 40", approve: "+46850825740" }]);
  });

  it("holds a professionals-only number turned public", async () => {
    const barnahus = byId("barnahus");
    server.use(directorySource.serves([{ ...barnahus, phones: [{ ...barnahus.phones[0]!, audience: "public" }] }]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "barnahus")?.phones[0]?.audience).toBe("professionals");
    expect(entry.held).toEqual([
      { id: "barnahus", field: "phones.0.audience", old: "professionals", new: "public", approve: "+46850825700" },
    ]);
  });

  it("rejects a short number that is not on the list (BRIS as 118 118)", async () => {
    server.use(directorySource.serves([{ ...bris, phones: [{ ...bris.phones[0]!, number: "118 118", e164: null }] }]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "bris")).toEqual(bris);
    expect(entry.rejected).toEqual([{ id: "bris", reason: expect.stringContaining("not a listed short number") }]);
  });

  it("rejects a premium-rate number even when it is approved by configuration", async () => {
    const premium = { ...kast, phones: [{ ...kast.phones[0]!, number: "0900-123 45 67", e164: "+469001234567" }] };
    server.use(directorySource.serves([premium]));
    const store = makeStore([], { reviewedNumbers: ["+469001234567"] });
    const entry = await store.refresh();
    expect(find(store, "kast")).toEqual(kast);
    expect(entry.rejected).toEqual([{ id: "kast", reason: expect.stringContaining("PREMIUM_RATE") }]);
  });

  it("rejects another service's label (Kvinnofridslinjen labelled as BRIS)", async () => {
    const kvinnofridslinjen = byId("kvinnofridslinjen");
    const relabelled = { ...kvinnofridslinjen, phones: [{ ...kvinnofridslinjen.phones[0]!, descriptionKey: "bris.phone" }] };
    server.use(directorySource.serves([relabelled]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "kvinnofridslinjen")).toEqual(kvinnofridslinjen);
    expect(entry.rejected).toEqual([{ id: "kvinnofridslinjen", reason: expect.stringContaining("another service's label") }]);
  });

  it("rejects a label key that is not in the locales", async () => {
    server.use(directorySource.serves([{ ...kast, phones: [{ ...kast.phones[0]!, descriptionKey: "kast.nothing" }] }]));
    const entry = await makeStore().refresh();
    expect(entry.rejected).toEqual([{ id: "kast", reason: expect.stringContaining("no such label") }]);
  });
});

describe("3. dates are real dates", () => {
  it("rejects assured_date 2026-13-45; the record keeps its last good version", async () => {
    server.use(directorySource.serves([{ ...kast, lastChecked: "2026-13-45" }, newer(bris)]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "kast")).toEqual(kast);
    expect(find(store, "bris")?.lastChecked).toBe("2026-12-01");
    expect(entry.rejected).toEqual([{ id: "kast", reason: expect.stringContaining("lastChecked: a real date") }]);
  });
});

describe("4. transport", () => {
  it.each([
    ["https://directory.example/x.json", null],
    ["http://localhost:8080/x.json", null],
    ["http://127.0.0.1:8080/x.json", null],
    ["http://[::1]:8080/x.json", null],
    ["http://directory.example/x.json", /must be https/],
    ["http://127.0.0.2/x.json", /must be https/],
    ["http://localhost.evil.example/x.json", /must be https/],
    ["ftp://directory.example/x.json", /must be https/],
    ["https://user:secret@directory.example/x.json", /credentials/],
    ["not a url", /not a URL/],
  ])("%s: %s", (url, problem) => {
    if (problem === null) expect(sourceUrlProblem(url)).toBeNull();
    else expect(sourceUrlProblem(url)).toMatch(problem);
  });

  it("never asks a plain http source that is not this machine", async () => {
    const url = "http://directory.example/open-data/hsds/services.json";
    let asked = 0;
    server.use(http.get(url, () => ((asked += 1), HttpResponse.json([kast]))));
    const store = makeStore([], { url });
    const entry = await store.refresh();
    expect(entry.outcome).toBe("insecure-url");
    expect(asked).toBe(0);
    expect(store.current()).toBe(embeddedServices);
  });

  it("asks a plain http source on localhost (for tests)", async () => {
    const url = "http://127.0.0.1:9/services.json";
    server.use(http.get(url, () => HttpResponse.json([newer(kast)])));
    const entry = await makeStore([], { url }).refresh();
    expect(entry.outcome).toBe("updated");
  });

  it("stops reading a 64 MB body at the cap (5 MB), and keeps everything", async () => {
    const sent = { bytes: 0 };
    server.use(directorySource.streamsHugeBody(sent));
    const store = makeStore([], { timeoutMs: 10_000 });
    const entry = await store.refresh();
    expect(entry.outcome).toBe("too-large");
    expect(sent.bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(sent.bytes).toBeLessThan(6 * 1024 * 1024); // stopped within a few chunks of the cap
    expect(store.current()).toBe(embeddedServices);
  });

  it("refuses a body whose Content-Length is above the cap without reading it", async () => {
    server.use(directorySource.declaresHugeBody());
    const entry = await makeStore().refresh();
    expect(entry.outcome).toBe("too-large");
  });

  it("counts the cap over all pages together", async () => {
    const all = embeddedServices.map(newer);
    server.use(directorySource.servesPages([all.slice(0, 8), all.slice(8)]));
    const size = JSON.stringify({ contents: all.slice(0, 8) }).length;
    const entry = await makeStore([], { maxBytes: Math.round(size * 1.5) }).refresh();
    expect(entry.outcome).toBe("too-large");
  });

  it("does not follow a redirect to another origin", async () => {
    let asked = 0;
    server.use(
      directorySource.redirects("https://evil.example/services.json"),
      http.get("https://evil.example/services.json", () => ((asked += 1), HttpResponse.json([kast]))),
    );
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry).toMatchObject({ outcome: "redirect-refused", status: 302, message: "redirect to another origin" });
    expect(asked).toBe(0);
    expect(store.current()).toBe(embeddedServices);
  });

  it("does not follow a redirect down to plain http on the same host", async () => {
    server.use(directorySource.redirects("http://directory.example/open-data/hsds/services.json", 301));
    expect((await makeStore().refresh()).outcome).toBe("redirect-refused");
  });

  it("follows a redirect within the source's origin", async () => {
    server.use(
      directorySource.redirects("/v2/services.json", 308),
      http.get("https://directory.example/v2/services.json", () => HttpResponse.json([newer(kast)])),
    );
    const store = makeStore();
    expect((await store.refresh()).outcome).toBe("updated");
    expect(find(store, "kast")?.lastChecked).toBe("2026-12-01");
  });

  it("gives up after a few redirects within the origin", async () => {
    let asked = 0;
    server.use(
      http.get(DIRECTORY_SOURCE_URL, () => {
        asked += 1;
        if (asked > 10) return new HttpResponse("loop", { status: 508 }); // ends a client that follows for ever
        return new HttpResponse(null, { status: 302, headers: { Location: DIRECTORY_SOURCE_URL } });
      }),
    );
    const entry = await makeStore().refresh();
    expect(entry).toMatchObject({ outcome: "redirect-refused", message: "more than 3 redirects" });
    expect(asked).toBe(4);
  });
});

describe("5. translation keys are own properties", () => {
  it("rejects sources.__proto__", async () => {
    server.use(directorySource.serves([{ ...newer(bris), sources: [{ kind: "public", key: "__proto__" }] }]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "bris")).toEqual(bris);
    expect(entry.rejected).toEqual([{ id: "bris", reason: "sources.0: no such source in the locale files" }]);
  });

  it("rejects an organization key that is not an own text", async () => {
    server.use(directorySource.serves([{ ...newer(bris), organizationKey: "constructor" }]));
    const entry = await makeStore().refresh();
    expect(entry.rejected?.[0]?.reason).toContain("organizationKey");
  });
});

describe("the log", () => {
  it("never repeats free text or markup from a record", async () => {
    server.use(
      directorySource.serves([
        { ...kast, id: "<script>Anna Svensson</script>" },
        { ...kast, phones: [{ ...kast.phones[0]!, number: "Anna Svensson 070-123 45 67" }] },
        { id: "anna.svensson@example.se", status: "defunct" },
      ]),
    );
    const entry = await makeStore().refresh();
    expect(printed(entry)).not.toMatch(/Anna|script|example\.se/);
  });

  it("is JSON on stdout with a level, warn when something was held, rejected or missing", async () => {
    server.use(directorySource.serves([newer(kast)]));
    const lines: string[] = [];
    const original = console.log;
    console.log = (line: string) => lines.push(line);
    try {
      await new DirectoryStore({
        initial: embeddedServices,
        url: DIRECTORY_SOURCE_URL,
        decode: (record) => record,
        hasText: (key) => hasOwnText(svServices, key),
      }).refresh();
    } finally {
      console.log = original;
    }
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "warn", event: "directory-refresh", outcome: "updated" });
  });
});
