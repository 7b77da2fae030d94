import { readFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { delay, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DIRECTORY_SOURCE_URL, directorySource } from "../../tests/mocks/directory-source";
import { DirectoryStore, sourceUrlProblem, type DirectoryLogEntry, type DirectoryStoreOptions } from "./directory-store.server";
import { helplineProblems } from "./helplines";
import { fromHsdsService, hsdsSlugOf, serviceUuid, toHsdsService } from "./hsds.server";
import { approvalId, type Approval } from "./review.server";
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
    // Generous: parsing runs in a worker thread, which can take a second to start on a loaded
    // 2-core machine. The tests of timeouts set their own short limit.
    timeoutMs: 5_000,
    log: (entry) => logs.push(entry),
    now: () => new Date("2026-12-05T12:00:00Z"),
    ...options,
  });
}

const find = (store: DirectoryStore, id: string) => store.current().find((service) => service.id === id);

/** The whole log line as the server would print it. */
const printed = (entry: DirectoryLogEntry | undefined) => JSON.stringify(entry);

/** An approval as the approvals file holds it. */
const approval = (service: string, field: Approval["field"], value: unknown): Approval => ({
  service,
  field,
  value,
  by: "Test Operator",
  at: "2026-12-05T09:00:00.000Z",
});

/** The held changes other than services missing from a partial test feed. */
const heldOf = (entry: DirectoryLogEntry) =>
  (entry.held ?? []).filter((change) => !(change.field === "status" && change.new === "missing"));

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
    const store = makeStore(logs, outcome === "timeout" ? { timeoutMs: 200 } : {});
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
    expect(logs[0]?.rejected).toEqual([{ id: "kast", reason: "phones.0: not a number we publish" }]);
  });

  it("refuses a service the directory does not have (a new service is a change to the code), and does not log its id", async () => {
    server.use(directorySource.serves([{ ...kast, id: "brand-new" }, kast]));
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    await store.refresh();
    expect(find(store, "brand-new")).toBeUndefined();
    expect(logs[0]?.rejected?.[0]).toEqual({ id: "?", reason: "id: not a service of this directory" });
  });

  it("keeps everything when every record is invalid", async () => {
    server.use(directorySource.serves([{ id: "kast" }, { nonsense: true }]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry.outcome).toBe("invalid");
    expect(store.current()).toBe(embeddedServices);
  });

  it("holds a new link between services, and keeps everything when an approved one is broken", async () => {
    const mikaHalsa = byId("mika-halsa");
    server.use(directorySource.serves([{ ...mikaHalsa, contactVia: "brand-new" }]));
    const held = await makeStore().refresh();
    expect(heldOf(held).map((change) => change.field)).toEqual(["contactVia"]);
    const store = makeStore([], { approvals: () => ({ approvals: [approval("mika-halsa", "contactVia", "brand-new")] }) });
    const entry = await store.refresh();
    expect(entry).toMatchObject({ outcome: "invalid", message: "contactVia names no service of the directory" });
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

/** The ids of the services held as missing from the feed. */
const missingOf = (entry: DirectoryLogEntry) =>
  (entry.held ?? []).filter((change) => change.field === "status" && change.new === "missing").map((change) => change.id);

describe("1. a partial feed never deletes a service", () => {
  it("keeps every service the feed leaves out, and holds each as missing", async () => {
    server.use(directorySource.serves([newer(kast)])); // the red team's feed: only KAST
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    const entry = await store.refresh();
    expect(entry.outcome).toBe("updated");
    expect(store.current().map((service) => service.id)).toEqual(ids);
    expect(find(store, "kast")?.lastChecked).toBe("2026-12-01");
    expect(find(store, "bris")).toEqual(bris);
    expect(find(store, "kvinnofridslinjen")).toEqual(byId("kvinnofridslinjen"));
    expect(missingOf(entry)).toEqual(ids.filter((id) => id !== "kast"));
    expect(entry.held?.[0]).toEqual({ id: "mikamottagningen", field: "status", old: "active", new: "missing", approve: expect.any(String) });
    expect(helplineProblems(store.current())).toEqual([]);
  });

  it("keeps everything, and holds all as missing, when the feed is empty", async () => {
    server.use(directorySource.serves([]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry.outcome).toBe("unchanged");
    expect(missingOf(entry)).toEqual(ids);
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
    expect(entry.held).toBeUndefined();
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
    expect(missingOf(entry)).toEqual(ids.slice(4));
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

  it("holds a service the source marks inactive or defunct: it stays on the site", async () => {
    server.use(directorySource.serves([{ id: "bris", status: "defunct" }, { id: "police-114-14", status: "inactive" }, newer(kast)]));
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    const entry = await store.refresh();
    expect(entry.outcome).toBe("updated");
    expect(entry.removed).toBeUndefined();
    expect(find(store, "bris")).toEqual(bris);
    expect(find(store, "police-114-14")).toEqual(byId("police-114-14"));
    expect(entry.held).toEqual(
      expect.arrayContaining([
        { id: "bris", field: "status", old: "active", new: "defunct", approve: approvalId("bris", "status", "defunct") },
        { id: "police-114-14", field: "status", old: "active", new: "inactive", approve: approvalId("police-114-14", "status", "inactive") },
      ]),
    );
    expect(missingOf(entry)).not.toContain("bris");
  });

  it("removes a service once its removal is approved, and only that one", async () => {
    server.use(directorySource.serves([{ id: "bris", status: "defunct" }, { id: "police-114-14", status: "inactive" }, newer(kast)]));
    const store = makeStore([], { approvals: () => ({ approvals: [approval("police-114-14", "status", "inactive")] }) });
    const entry = await store.refresh();
    expect(entry.removed).toEqual(["police-114-14"]);
    expect(find(store, "police-114-14")).toBeUndefined();
    expect(find(store, "bris")).toEqual(bris);
    expect(store.current()).toHaveLength(15);
  });

  it("does not remove a service that is only temporarily closed", async () => {
    server.use(directorySource.serves([{ ...newer(bris), status: "temporarily closed" }]));
    const store = makeStore();
    await store.refresh();
    expect(find(store, "bris")?.lastChecked).toBe("2026-12-01");
  });

  it("refuses an approved removal that would leave a journey or a printed card without a helpline, and logs why", async () => {
    server.use(directorySource.serves([{ id: "kast", status: "defunct" }, newer(bris)]));
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs, { approvals: () => ({ approvals: [approval("kast", "status", "defunct")] }) });
    const entry = await store.refresh();
    expect(entry.outcome).toBe("refused");
    expect(entry.message).toContain("the buying journey would have no helpline number");
    expect(entry.message).toContain("the printable talk-to-kast-card would have no helpline number");
    expect(store.current()).toBe(embeddedServices);
    expect(store.version).toBe(0);
  });

  it("refuses to take the last number from the under-18 journey and the young-person card, even when approved", async () => {
    const stodcentrum = byId("stodcentrum");
    server.use(
      directorySource.serves([
        { id: "bris", status: "defunct" },
        { ...stodcentrum, phones: [], noNumberReason: "not-in-sources" },
      ]),
    );
    const store = makeStore([], {
      approvals: () => ({
        approvals: [
          approval("bris", "status", "defunct"),
          approval("stodcentrum", "phones", []),
          approval("stodcentrum", "noNumberReason", "not-in-sources"),
        ],
      }),
    });
    const entry = await store.refresh();
    expect(entry.outcome).toBe("refused");
    expect(entry.message).toContain("the under-18 journey would have no helpline number");
    expect(entry.message).toContain("the printable young-card would have no helpline number");
    expect(store.current()).toBe(embeddedServices);
  });
});

describe("an HSDS feed (our own export, decoded as the server does)", () => {
  const hsdsStore = (logs: DirectoryLogEntry[] = [], approvals: Approval[] = []) =>
    makeStore(logs, { decode: fromHsdsService, identify: hsdsSlugOf, approvals: () => ({ approvals }) });

  it("removes a service whose HSDS status is defunct once approved, and only the one its UUID belongs to", async () => {
    server.use(
      directorySource.serves([
        { ...toHsdsService(byId("police-114-14")), status: "defunct" },
        { ...toHsdsService(byId("bris")), id: serviceUuid("kast"), status: "inactive" }, // claims KAST by metadata only
        toHsdsService(newer(kast)),
      ]),
    );
    const store = hsdsStore([], [approval("police-114-14", "status", "defunct"), approval("bris", "status", "inactive")]);
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
    expect(entry.held?.filter((change) => change.field !== "status")).toEqual([
      expect.objectContaining({ id: "kast", field: "phones", old: [{ number: "+46850825740", audience: "public" }], new: [{ number: "+46812345678", audience: "public" }] }),
    ]);
    expect(entry.rejected).toEqual([{ id: "bris", reason: "lastChecked: not a real date written YYYY-MM-DD" }]);
    expect(store.current()).toEqual(embeddedServices);
  });
});

describe("2. phone numbers are pinned", () => {
  const kastNumber = { number: "+46850825740", audience: "public" };
  const newNumber = { number: "+46812345678", audience: "public" };

  it("holds a changed number: the last good version stays, the change is logged with old and new value", async () => {
    const changed = { ...newer(kast), phones: [{ ...kast.phones[0]!, number: "08-123 456 78", e164: "+46812345678" }] };
    server.use(directorySource.serves([changed, newer(bris)]));
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs);
    const entry = await store.refresh();
    expect(find(store, "kast")).toEqual(kast);
    expect(find(store, "bris")?.lastChecked).toBe("2026-12-01");
    expect(heldOf(entry)).toEqual([
      { id: "kast", field: "phones", old: [kastNumber], new: [newNumber], approve: approvalId("kast", "phones", [newNumber]) },
    ]);
    expect(entry.rejected).toEqual([]);
  });

  it("takes the number once the approvals name it for that service", async () => {
    const changed = { ...newer(kast), phones: [{ ...kast.phones[0]!, number: "08-123 456 78", e164: "+46812345678" }] };
    server.use(directorySource.serves(embeddedServices.map((service) => (service.id === "kast" ? changed : service))));
    const store = makeStore([], { approvals: () => ({ approvals: [approval("kast", "phones", [newNumber])] }) });
    const entry = await store.refresh();
    expect(entry.outcome).toBe("updated");
    expect(entry.held).toBeUndefined();
    expect(find(store, "kast")?.phones[0]?.e164).toBe("+46812345678");
  });

  it("lets the written form of the same number and its label go live", async () => {
    const rewritten = { ...newer(kast), phones: [{ ...kast.phones[0]!, number: "08-50825740" }] };
    server.use(directorySource.serves([rewritten]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(heldOf(entry)).toEqual([]);
    expect(find(store, "kast")?.phones[0]?.number).toBe("08-50825740");
  });

  it("holds a reviewed number moved to another service (BRIS given KAST's number)", async () => {
    const moved = { ...bris, phones: [{ ...bris.phones[0]!, number: "08-508 257 40", e164: "+46850825740" }] };
    server.use(directorySource.serves([moved]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "bris")).toEqual(bris);
    expect(heldOf(entry)).toEqual([
      { id: "bris", field: "phones", old: [{ number: "116111", audience: "public" }], new: [kastNumber], approve: expect.any(String) },
    ]);
  });

  it("holds a professionals-only number turned public", async () => {
    const barnahus = byId("barnahus");
    server.use(directorySource.serves([{ ...barnahus, phones: [{ ...barnahus.phones[0]!, audience: "public" }] }]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "barnahus")?.phones[0]?.audience).toBe("professionals");
    expect(heldOf(entry)).toEqual([
      {
        id: "barnahus",
        field: "phones",
        old: [{ number: "+46850825700", audience: "professionals" }],
        new: [{ number: "+46850825700", audience: "public" }],
        approve: expect.any(String),
      },
    ]);
  });

  it("holds two numbers swapped in place (journeys name a phone by its place)", async () => {
    const coordinators = byId("regional-coordinators");
    server.use(directorySource.serves([{ ...coordinators, phones: [...coordinators.phones].reverse() }]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "regional-coordinators")).toEqual(coordinators);
    expect(heldOf(entry).map((change) => change.field)).toEqual(["phones"]);
  });

  it("rejects a short number that is not on the list (BRIS as 118 118)", async () => {
    server.use(directorySource.serves([{ ...bris, phones: [{ ...bris.phones[0]!, number: "118 118", e164: null }] }]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "bris")).toEqual(bris);
    expect(entry.rejected).toEqual([{ id: "bris", reason: "phones.0: not a number we publish" }]);
  });

  it("rejects a premium-rate number even when it is approved", async () => {
    const premium = { ...kast, phones: [{ ...kast.phones[0]!, number: "0900-123 45 67", e164: "+469001234567" }] };
    server.use(directorySource.serves([premium]));
    const store = makeStore([], {
      approvals: () => ({ approvals: [approval("kast", "phones", [{ number: "+469001234567", audience: "public" }])] }),
    });
    const entry = await store.refresh();
    expect(find(store, "kast")).toEqual(kast);
    expect(entry.rejected).toEqual([{ id: "kast", reason: "phones.0: not a number we publish" }]);
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
    expect(entry.rejected).toEqual([{ id: "kast", reason: "lastChecked: not a real date written YYYY-MM-DD" }]);
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

// ---------------------------------------------------------------------------------------------
// Issue 21: a hostile source (records from our own HSDS export, changed as an attacker would)

type Hsds = ReturnType<typeof toHsdsService>;

/** Our whole export, with `change` applied to the record of one service. */
function hostileFeed(id: string, change: (record: Hsds) => void): Hsds[] {
  return embeddedServices.map((service) => {
    const record = toHsdsService(service);
    if (service.id === id) change(record);
    return record;
  });
}

/** Sets one of our fields in a record's metadata, as the export carries it. */
function setCarried(record: Hsds, field: string, value: unknown): void {
  const entry = record.metadata.find((item) => item.field_name === `stodlinjer:${field}`)!;
  entry.replacement_value = JSON.stringify(value);
}

function hsdsStoreWith(logs: DirectoryLogEntry[] = [], approvals: Approval[] = [], options: Partial<DirectoryStoreOptions> = {}) {
  return makeStore(logs, { decode: fromHsdsService, identify: hsdsSlugOf, approvals: () => ({ approvals }), ...options });
}

/** What the server would print for this refresh (the store's own default log). */
async function printedLines(store: DirectoryStore): Promise<string[]> {
  const lines: string[] = [];
  const original = console.log;
  console.log = (line: string) => lines.push(line);
  try {
    await store.refresh();
  } finally {
    console.log = original;
  }
  return lines;
}

describe("issue 21.1: a feed can neither take help away nor change a promise unseen", () => {
  it.each(["inactive", "defunct"])("BRIS marked %s stays, with 116 111 in the under-18 journey; the change is held and logged as warn", async (status) => {
    server.use(directorySource.serves(hostileFeed("bris", (record) => Object.assign(record, { status }))));
    const store = hsdsStoreWith([], [], { log: undefined });
    const lines = await printedLines(store);
    expect(find(store, "bris")).toEqual(bris);
    expect(helplineProblems(store.current().filter((service) => service.id !== "stodcentrum"))).toEqual([]); // BRIS alone still carries under-18
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ level: "warn", outcome: "unchanged" });
    expect(line.held).toEqual([{ id: "bris", field: "status", old: "active", new: status, approve: approvalId("bris", "status", status) }]);
  });

  it("BRIS left out of the feed stays, held as missing", async () => {
    server.use(directorySource.serves(embeddedServices.filter((service) => service.id !== "bris").map((service) => toHsdsService(service))));
    const store = hsdsStoreWith();
    const entry = await store.refresh();
    expect(find(store, "bris")).toEqual(bris);
    expect(entry.held).toEqual([{ id: "bris", field: "status", old: "active", new: "missing", approve: expect.any(String) }]);
  });

  it("dropped numbers (phones: [] and a noNumberReason) are held; BRIS keeps 116 111", async () => {
    server.use(
      directorySource.serves(
        hostileFeed("bris", (record) => {
          record.phones = [];
          setCarried(record, "noNumberReason", "not-in-sources");
        }),
      ),
    );
    const store = hsdsStoreWith();
    const entry = await store.refresh();
    expect(find(store, "bris")?.phones).toEqual(bris.phones);
    expect(entry.held?.map((change) => [change.field, change.old, change.new])).toEqual([
      ["phones", [{ number: "116111", audience: "public" }], []],
      ["noNumberReason", null, "not-in-sources"],
    ]);
    expect(entry.outcome).toBe("unchanged");
  });

  it("changed promises on BRIS (anonymous and free 'yes', day and night, from 18) are each held", async () => {
    server.use(
      directorySource.serves(
        hostileFeed("bris", (record) => {
          setCarried(record, "anonymous", "yes");
          setCarried(record, "free", "yes");
          setCarried(record, "openDayAndNight", true);
          record.minimum_age = 18;
          delete record.maximum_age;
        }),
      ),
    );
    const store = hsdsStoreWith();
    const entry = await store.refresh();
    expect(find(store, "bris")).toEqual(bris);
    expect(entry.held?.map((change) => [change.id, change.field, change.old, change.new])).toEqual([
      ["bris", "free", "unknown", "yes"],
      ["bris", "anonymous", "unknown", "yes"],
      ["bris", "openDayAndNight", false, true],
      ["bris", "minAge", null, 18],
      ["bris", "maxAge", 17, null],
    ]);
  });

  it("KAST said to be open day and night is held (its 'no answer?' advice stays)", async () => {
    server.use(directorySource.serves(hostileFeed("kast", (record) => setCarried(record, "openDayAndNight", true))));
    const store = hsdsStoreWith();
    const entry = await store.refresh();
    expect(find(store, "kast")?.openDayAndNight).toBe(false);
    expect(entry.held?.map((change) => change.field)).toEqual(["openDayAndNight"]);
  });

  it.each<[string, Partial<Service>]>([
    ["audiences", { audiences: ["buying"] }],
    ["scope", { scope: "national" }],
    ["organizationKey", { organizationKey: "regionStockholm" }],
    ["minAge", { minAge: 16 }],
    ["maxAge", { maxAge: 25 }],
    ["free", { free: "no" }],
    ["anonymous", { anonymous: "no" }],
    ["contactVia", { contactVia: "mikamottagningen", noNumberReason: "contact-via", phones: [] }],
  ])("holds a change of %s", async (field, change) => {
    server.use(directorySource.serves(embeddedServices.map((service) => (service.id === "kast" ? { ...service, ...change } : service))));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "kast")).toEqual(kast);
    expect(entry.held?.map((held) => held.field)).toContain(field);
    expect(entry.outcome).toBe("unchanged");
  });

  it("lets a new assured_date and other sources go live", async () => {
    const sources = [{ kind: "seed", file: "000_eb63a222a934ec17.txt" }] as const;
    server.use(directorySource.serves(embeddedServices.map((service) => (service.id === "kast" ? { ...newer(kast), sources: [...sources] } : service))));
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry).toMatchObject({ outcome: "updated", accepted: 16 });
    expect(entry.held).toBeUndefined();
    expect(find(store, "kast")).toMatchObject({ lastChecked: "2026-12-01", sources });
  });

  it("takes a change approved for that service, field and value; an approval of another value does not count", async () => {
    const feed = hostileFeed("bris", (record) => setCarried(record, "free", "yes"));
    server.use(directorySource.serves(feed));
    const other = await hsdsStoreWith([], [approval("bris", "free", "no"), approval("kast", "free", "yes")]).refresh();
    expect(other.held?.map((change) => change.field)).toEqual(["free"]);
    const store = hsdsStoreWith([], [approval("bris", "free", "yes")]);
    const entry = await store.refresh();
    expect(entry).toMatchObject({ outcome: "updated" });
    expect(entry.held).toBeUndefined();
    expect(find(store, "bris")?.free).toBe("yes");
  });

  it("says when the approvals file cannot be read, and then holds every change", async () => {
    server.use(directorySource.serves(hostileFeed("bris", (record) => setCarried(record, "free", "yes"))));
    const logs: DirectoryLogEntry[] = [];
    const entry = await makeStore(logs, {
      decode: fromHsdsService,
      identify: hsdsSlugOf,
      approvals: () => ({ approvals: [], problem: "not JSON" }),
    }).refresh();
    expect(entry).toMatchObject({ outcome: "unchanged", approvals: "not JSON" });
    expect(entry.held?.map((change) => change.field)).toEqual(["free"]);
  });
});

describe("issue 21.2: a feed of many small records is refused quickly, without blocking visitors", () => {
  /** Refreshes while measuring the event loop: the longest it was blocked, and memory. */
  async function measured(store: DirectoryStore) {
    const histogram = monitorEventLoopDelay({ resolution: 5 });
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    histogram.enable();
    const entry = await store.refresh();
    // A block at the very end shows only once the monitor's timer has had its turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
    histogram.disable();
    const result = {
      entry,
      ms: performance.now() - started,
      maxBlockMs: histogram.max / 1e6,
      rssGrowthMb: (process.memoryUsage().rss - rssBefore) / 1e6,
    };
    console.info(`refresh ${result.ms.toFixed(0)} ms, event loop blocked at most ${result.maxBlockMs.toFixed(0)} ms, RSS +${result.rssGrowthMb.toFixed(0)} MB`);
    return result;
  }

  it.each([
    ["200,000 empty records (0.6 MB)", 200_000],
    ["1.6 million empty records (5 MB)", 1_650_000],
  ])("refuses %s as a whole (too-many-records), fast, with the event loop free", async (_name, count) => {
    server.use(directorySource.servesEmptyRecords(count));
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs, { timeoutMs: 10_000 });
    const { entry, ms, maxBlockMs } = await measured(store);
    expect(entry.outcome).toBe("too-many-records");
    expect(entry.message).toBe("more than 500 records");
    expect(store.current()).toBe(embeddedServices);
    expect(ms).toBeLessThan(3_000);
    expect(maxBlockMs).toBeLessThan(150);
    expect(JSON.stringify(logs[0]).length).toBeLessThan(300);
  });

  it("counts the cap over all pages, and stops reading at the page that passes it", async () => {
    const all = embeddedServices.map(newer);
    const requested: number[] = [];
    server.use(directorySource.servesPages([all.slice(0, 8), all.slice(8), all.slice(0, 4)], requested));
    const store = makeStore([], { maxRecords: 12 });
    const entry = await store.refresh();
    expect(entry).toMatchObject({ outcome: "too-many-records", pages: 1, message: "page 2: more than 12 records" });
    expect(requested).toEqual([1, 2]);
    expect(store.current()).toBe(embeddedServices);
  });

  it("rejects a record larger than 64 KB alone", async () => {
    const huge = { ...newer(bris), padding: "x".repeat(70 * 1024) };
    server.use(directorySource.serves(embeddedServices.map((service) => (service.id === "bris" ? huge : newer(service)))));
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry.rejected).toEqual([{ id: "?", reason: "larger than 64 KB" }]);
    expect(find(store, "bris")).toEqual(bris);
    expect(find(store, "kast")?.lastChecked).toBe("2026-12-01");
  });

  it("checks 500 records in slices: the event loop gets its turns while they are checked", async () => {
    // 500 records that take 1 ms each to decode (half a second in all) and then fail (a date outside the window).
    server.use(directorySource.serves(Array.from({ length: 500 }, () => ({ ...kast, lastChecked: "2031-01-01" }))));
    let decoding = false;
    let turns = 0;
    const store = makeStore([], {
      decode: (record) => {
        decoding = true;
        const until = performance.now() + 1;
        while (performance.now() < until);
        return record;
      },
    });
    // A timer due every 10 ms fires between slices: counted while records are being decoded.
    const timer = setInterval(() => (turns += decoding ? 1 : 0), 10);
    try {
      const entry = await store.refresh();
      expect(entry.rejected).toHaveLength(501); // each for its date, then KAST as "given 500 times in the feed"
    } finally {
      clearInterval(timer);
    }
    expect(turns).toBeGreaterThan(20); // about 50; without slices, none until the last record is checked
  });
});

describe("issue 21.4: log lines are bounded and never carry free text from a record", () => {
  it("names the field and the kind of error for a bad scope holding a name and a personal number", async () => {
    server.use(
      directorySource.serves(
        hostileFeed("bris", (record) => {
          setCarried(record, "scope", "Anna Svensson 19850101-1234");
          record.phones[0]!.metadata.find((item) => item.field_name === "stodlinjer:descriptionKey")!.replacement_value =
            JSON.stringify("Anna.Svensson.19850101-1234");
        }),
      ),
    );
    const lines = await printedLines(hsdsStoreWith([], [], { log: undefined }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/Anna|Svensson|19850101/);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: "warn",
      rejected: [{ id: "bris", reason: "scope: not one of the allowed values" }],
    });
  });

  it("never repeats a descriptionKey or a foreign slug", async () => {
    server.use(
      directorySource.serves([
        { ...kvinnofridslinjenWithLabel("Anna.Svensson.19850101-1234") },
        { ...kvinnofridslinjenWithLabel("bris.phone"), id: "anna-svensson-19850101" },
      ]),
    );
    const lines = await printedLines(makeStore([], { log: undefined }));
    expect(lines[0]).not.toMatch(/Anna|anna|19850101/);
  });

  it("keeps a line of a feed with 500 bad records under 2 KB, counting what it leaves out", async () => {
    server.use(directorySource.serves(Array.from({ length: 500 }, (_, index) => ({ ...kast, id: `x${index}`, scope: "?" }))));
    const store = makeStore([], { log: undefined });
    const lines = await printedLines(store);
    expect(lines).toHaveLength(1);
    expect(Buffer.byteLength(lines[0]!)).toBeLessThanOrEqual(2048);
    const line = JSON.parse(lines[0]!) as { outcome: string; rejected: unknown[]; truncated: { rejected: number } };
    expect(line.outcome).toBe("invalid");
    expect(line.rejected.length + line.truncated.rejected).toBe(500);
  });
});

function kvinnofridslinjenWithLabel(descriptionKey: string): Service {
  const service = byId("kvinnofridslinjen");
  return { ...service, phones: [{ ...service.phones[0]!, descriptionKey }] };
}

describe("issue 21.4: dates in a sane window", () => {
  // The store's clock says 2026-12-05 12:00 UTC (makeStore).
  it.each(["0000-01-01", "1999-12-31", "9999-12-31", "2026-12-07"])("rejects assured_date %s", async (date) => {
    server.use(directorySource.serves([{ ...kast, lastChecked: date }]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(find(store, "kast")).toEqual(kast);
    expect(entry.rejected).toEqual([{ id: "kast", reason: expect.stringMatching(/^lastChecked: (before 2000-01-01|after tomorrow)$/) }]);
  });

  it.each(["2000-01-01", "2026-12-06"])("takes assured_date %s", async (date) => {
    server.use(directorySource.serves([{ ...kast, lastChecked: date }]));
    const store = makeStore();
    await store.refresh();
    expect(find(store, "kast")?.lastChecked).toBe(date);
  });
});

describe("issue 21.4: one refresh at a time", () => {
  it("answers a refresh asked for while one runs with that one, without asking the source again", async () => {
    let asked = 0;
    server.use(
      http.get(DIRECTORY_SOURCE_URL, async () => {
        asked += 1;
        await delay(150);
        return HttpResponse.json([newer(kast)]);
      }),
    );
    const store = makeStore();
    const [first, second] = await Promise.all([store.refresh(), store.refresh()]);
    expect(asked).toBe(1);
    expect(second).toBe(first);
  });

  it("skips a timer tick while a slow refresh runs; an older answer never lands after a newer one", async () => {
    const answers = [
      { wait: 400, lastChecked: "2026-12-01" }, // the first (older) answer is slow
      { wait: 0, lastChecked: "2026-12-02" },
    ];
    let asked = 0;
    server.use(
      http.get(DIRECTORY_SOURCE_URL, async () => {
        const answer = answers[Math.min(asked, answers.length - 1)]!;
        asked += 1;
        await delay(answer.wait);
        return HttpResponse.json([{ ...kast, lastChecked: answer.lastChecked }]);
      }),
    );
    const logs: DirectoryLogEntry[] = [];
    const store = makeStore(logs, { refreshMs: 100, timeoutMs: 2_000 });
    store.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(asked).toBe(1);
      expect(logs.filter((entry) => entry.outcome === "skipped").length).toBeGreaterThanOrEqual(2);
      await expect.poll(() => find(store, "kast")?.lastChecked, { timeout: 2_000 }).toBe("2026-12-02");
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(find(store, "kast")?.lastChecked).toBe("2026-12-02");
    } finally {
      store.stop();
    }
  });
});
