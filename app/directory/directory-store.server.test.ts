import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DIRECTORY_SOURCE_URL, directorySource } from "../../tests/mocks/directory-source";
import { DirectoryStore, type DirectoryLogEntry } from "./directory-store.server";
import { embeddedServices } from "~/data/services";
import type { Service } from "~/data/types";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const kast = embeddedServices.find((service) => service.id === "kast")!;
const bris = embeddedServices.find((service) => service.id === "bris")!;

function makeStore(logs: DirectoryLogEntry[] = []) {
  return new DirectoryStore({
    initial: embeddedServices,
    url: DIRECTORY_SOURCE_URL,
    decode: (record) => record, // records in our own shape; HSDS decoding is tested on its own
    hasTexts: (id) => embeddedServices.some((service) => service.id === id),
    timeoutMs: 200,
    log: (entry) => logs.push(entry),
  });
}

const find = (store: DirectoryStore, id: string) => store.current().find((service) => service.id === id);

describe("DirectoryStore", () => {
  it("serves the embedded directory until a source answers", () => {
    expect(makeStore().current()).toBe(embeddedServices);
  });

  it("takes a valid update", async () => {
    const updated: Service = { ...kast, lastChecked: "2026-12-01" };
    server.use(directorySource.serves([updated, bris]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry.outcome).toBe("updated");
    expect(store.version).toBe(1);
    expect(find(store, "kast")?.lastChecked).toBe("2026-12-01");
    expect((await store.refresh()).outcome).toBe("unchanged");
    expect(store.version).toBe(1);
    expect(store.current()).toHaveLength(2);
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
    const newerBris = { ...bris, lastChecked: "2026-12-01" };
    server.use(directorySource.serves([badKast, newerBris]));
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
    expect(logs[0]?.rejected?.[0]?.id).toBe("brand-new");
  });

  it("keeps everything when every record is invalid", async () => {
    server.use(directorySource.serves([{ id: "kast" }, { nonsense: true }]));
    const store = makeStore();
    const entry = await store.refresh();
    expect(entry.outcome).toBe("invalid");
    expect(store.current()).toBe(embeddedServices);
  });

  it("keeps everything when the update breaks a link between services", async () => {
    const mikaHalsa = embeddedServices.find((service) => service.id === "mika-halsa")!;
    server.use(directorySource.serves([mikaHalsa])); // points at mikamottagningen, which is missing
    const store = makeStore();
    expect((await store.refresh()).outcome).toBe("invalid");
    expect(store.current()).toBe(embeddedServices);
  });
});
