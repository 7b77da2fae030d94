import http from "node:http";
import type { AddressInfo } from "node:net";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { startOwnServer } from "./own-server";

/**
 * The server with DIRECTORY_SOURCE_URL pointing at a stand-in source that misbehaves: every page
 * must stay correct (served from the embedded data) and the failure must be logged.
 */

type Behaviour = (response: http.ServerResponse) => void;

async function startSource(behaviour: Behaviour) {
  const source = http.createServer((_request, response) => behaviour(response));
  await new Promise<void>((resolve) => source.listen(0, "127.0.0.1", resolve));
  const { port } = source.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/services.json`,
    close: () => {
      source.closeAllConnections();
      source.close();
    },
  };
}

let started = 0;

function startSite(sourceUrl: string) {
  // Each worker has its own block of ports next to the test server's.
  const port = Number(new URL(baseURL).port) + 10 + test.info().workerIndex * 10 + (started++ % 10);
  return startOwnServer(port, { DIRECTORY_SOURCE_URL: sourceUrl, DIRECTORY_TIMEOUT_SECONDS: "1" });
}

const behaviours: [string, string, Behaviour][] = [
  ["answers 500", "http-error", (response) => response.writeHead(500).end("down")],
  ["never answers", "timeout", () => {}],
  ["sends garbage", "malformed", (response) => response.writeHead(200, { "Content-Type": "application/json" }).end("{[<")],
  [
    "sends records that are all invalid",
    "invalid",
    (response) =>
      response
        .writeHead(200, { "Content-Type": "application/json" })
        .end(JSON.stringify({ contents: [{ id: "x", name: "KAST", phones: [{ number: "08-000" }] }] })),
  ],
  [
    "redirects to another origin",
    "redirect-refused",
    (response) => response.writeHead(302, { Location: "http://localhost:9/services.json" }).end(),
  ],
  [
    "sends a body larger than 5 MB",
    "too-large",
    (response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(`{"contents":[${" ".repeat(6 * 1024 * 1024)}]}`);
    },
  ],
];

test.describe.configure({ mode: "parallel" });

for (const [name, outcome, behaviour] of behaviours) {
  test(`a directory source that ${name} changes nothing a visitor sees`, async ({ request }) => {
    const source = await startSource(behaviour);
    const site = await startSite(source.url);
    try {
      await expect.poll(site.output, { timeout: 10_000 }).toContain(`"outcome":"${outcome}"`);
      const kast = await request.get(`${site.origin}/sv/services/kast`);
      expect(kast.status()).toBe(200);
      const html = await kast.text();
      expect(html).toContain('href="tel:+46850825740"');
      const list = await request.get(`${site.origin}/en/services`);
      expect(list.status()).toBe(200);
      expect((await list.text()).match(/<h3/g)).toHaveLength(16);
    } finally {
      await site.stop();
      source.close();
    }
  });
}

test("a valid update from the source appears, and a record with a broken number is rejected alone", async ({ request }) => {
  const exported = (await (await request.get("/open-data/hsds/services.json")).json()) as {
    contents: { alternate_name?: string; assured_date?: string; phones?: { number: string }[] }[];
  };
  const contents = exported.contents.map((record) => ({ ...record, assured_date: "2026-12-24" }));
  // Break one record: a number whose digits do not match any E.164 form we would dial.
  const broken = contents.find((record) => JSON.stringify(record).includes("08-508 25 501"))!;
  broken.phones = broken.phones!.map((phone) => ({ ...phone, number: "08-5O8 25 5O1" }));
  const body = JSON.stringify({ ...exported, contents });
  const source = await startSource((response) =>
    response.writeHead(200, { "Content-Type": "application/json" }).end(body),
  );
  const site = await startSite(source.url);
  try {
    await expect.poll(site.output, { timeout: 10_000 }).toContain('"outcome":"updated"');
    expect(site.output()).toContain('"rejected":[{"id":"');
    const kast = await (await request.get(`${site.origin}/en/services/kast`)).text();
    expect(kast).toContain("Last checked: 24 December 2026");
    const mika = await (await request.get(`${site.origin}/en/services/mikamottagningen`)).text();
    expect(mika).toContain('href="tel:+46850825501"');
    expect(mika).toContain("Last checked: 23 November 2026");
  } finally {
    await site.stop();
    source.close();
  }
});

test("a partial feed with a changed number and a bad date removes nothing and changes no number", async ({ request }) => {
  type Metadata = { field_name: string; replacement_value: string };
  type Record = { assured_date: string; metadata: Metadata[]; phones: { number: string; metadata: Metadata[] }[] };
  const exported = (await (await request.get("/open-data/hsds/services.json")).json()) as { contents: Record[] };
  const slugOf = (record: Record) => record.metadata.find((entry) => entry.field_name === "stodlinjer:id")?.replacement_value;
  const kast = exported.contents.find((record) => slugOf(record) === '"kast"')!;
  const bris = exported.contents.find((record) => slugOf(record) === '"bris"')!;
  // Only two records (the rest of the feed is missing): KAST with a number nobody reviewed, BRIS with a date that is no date.
  kast.phones = kast.phones.map((phone) => ({
    ...phone,
    number: "08-123 456 78",
    metadata: phone.metadata.map((entry) =>
      entry.field_name === "stodlinjer:e164" ? { ...entry, replacement_value: '"+46812345678"' } : entry,
    ),
  }));
  bris.assured_date = "2026-13-45";
  const body = JSON.stringify({ ...exported, total_items: 2, contents: [kast, bris] });
  const source = await startSource((response) => response.writeHead(200, { "Content-Type": "application/json" }).end(body));
  const site = await startSite(source.url);
  try {
    await expect.poll(site.output, { timeout: 10_000 }).toContain('"held":[{"id":"kast","field":"phones.0"');
    expect(site.output()).toContain('"old":"08-508 257 40","new":"08-123 456 78","approve":"+46812345678"');
    expect(site.output()).toContain('"missing":["mikamottagningen"');
    for (const lang of ["sv", "en", "ar"]) {
      const page = await request.get(`${site.origin}/${lang}/services/kast`);
      expect(page.status()).toBe(200);
      expect(await page.text()).toContain('href="tel:+46850825740"');
      expect((await request.get(`${site.origin}/${lang}/services/bris`)).status()).toBe(200);
      expect((await request.get(`${site.origin}/${lang}/services/kvinnofridslinjen`)).status()).toBe(200);
    }
    const list = await (await request.get(`${site.origin}/en/services`)).text();
    expect(list.match(/<h3/g)).toHaveLength(16);
    expect(list).not.toContain("+46812345678");
    const card = await (await request.get(`${site.origin}/sv/print/young-card`)).text();
    expect(card).toContain('href="tel:+46850825100"');
    expect(card).toContain('href="tel:116111"');
  } finally {
    await site.stop();
    source.close();
  }
});
