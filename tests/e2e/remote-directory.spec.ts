import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { baseURL } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { startOwnServer } from "./own-server";

/**
 * The server with DIRECTORY_SOURCE_URL pointing at a stand-in source that misbehaves: every page
 * must stay correct (served from the embedded data) and the failure must be logged.
 */

type Behaviour = (response: http.ServerResponse) => void;
type Metadata = { field_name: string; replacement_value: string };
type HsdsRecord = {
  status: string;
  assured_date: string;
  minimum_age?: number;
  maximum_age?: number;
  metadata: Metadata[];
  phones: { number: string; metadata: Metadata[] }[];
};

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

function startSite(sourceUrl: string, env: Record<string, string> = {}) {
  // Each worker has its own block of ports next to the test server's.
  const port = Number(new URL(baseURL).port) + 10 + test.info().workerIndex * 10 + (started++ % 10);
  // 5 s: a feed is parsed in a worker thread, slow to start on a loaded 2-core machine; the test of a
  // source that never answers sets 1 s.
  return startOwnServer(port, { DIRECTORY_SOURCE_URL: sourceUrl, DIRECTORY_TIMEOUT_SECONDS: "5", ...env });
}

/** A source that serves this JSON body. */
function serving(body: string) {
  return startSource((response) => response.writeHead(200, { "Content-Type": "application/json" }).end(body));
}

/** The site's own HSDS export (what a source in our shape serves), to be changed as an attacker would. */
async function ownExport(request: import("@playwright/test").APIRequestContext) {
  return (await (await request.get("/open-data/hsds/services.json")).json()) as { contents: HsdsRecord[] };
}

const slugOf = (record: HsdsRecord) => record.metadata.find((entry) => entry.field_name === "stodlinjer:id")?.replacement_value;
const recordOf = (feed: { contents: HsdsRecord[] }, id: string) => feed.contents.find((record) => slugOf(record) === JSON.stringify(id))!;
function setCarried(record: HsdsRecord, field: string, value: unknown) {
  record.metadata.find((entry) => entry.field_name === `stodlinjer:${field}`)!.replacement_value = JSON.stringify(value);
}

/** The directory-refresh lines the site printed, parsed. */
function refreshLines(output: string) {
  return output
    .split("\n")
    .filter((line) => line.includes('"event":"directory-refresh"'))
    .map((line) => ({ raw: line, json: JSON.parse(line) as Record<string, unknown> }));
}

/** The promises a service page makes, as shown in its facts line and boxes. */
async function promisesOn(request: import("@playwright/test").APIRequestContext, url: string) {
  const html = await (await request.get(url)).text();
  return ["Från 18 år", "Stödet är gratis", "Du kan vara anonym", "Dygnet runt", "Svarar ingen?"].filter((words) => html.includes(words));
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
    "sends 200,000 empty records",
    "too-many-records",
    (response) => response.writeHead(200, { "Content-Type": "application/json" }).end(`{"contents":[${Array(200_000).fill("{}").join(",")}]}`),
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
    const site = await startSite(source.url, outcome === "timeout" ? { DIRECTORY_TIMEOUT_SECONDS: "1" } : {});
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
  // A date after the embedded data's and not after tomorrow (a later one is refused).
  const contents = exported.contents.map((record) => ({ ...record, assured_date: "2026-12-01" }));
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
    expect(site.output()).toContain('"rejected":[{"id":"mikamottagningen","reason":"phones.0.number: not in the expected form"}]');
    const kast = await (await request.get(`${site.origin}/en/services/kast`)).text();
    expect(kast).toContain("Last checked: 1 December 2026");
    const mika = await (await request.get(`${site.origin}/en/services/mikamottagningen`)).text();
    expect(mika).toContain('href="tel:+46850825501"');
    expect(mika).toContain("Last checked: 23 November 2026");
  } finally {
    await site.stop();
    source.close();
  }
});

test("a partial feed with a changed number and a bad date removes nothing and changes no number", async ({ request }) => {
  const exported = await ownExport(request);
  const kast = recordOf(exported, "kast");
  const bris = recordOf(exported, "bris");
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
  // The old way of approving a number is no longer read: the server says so, and the number stays held.
  const site = await startSite(source.url, { DIRECTORY_REVIEWED_NUMBERS: "+46812345678" });
  try {
    await expect.poll(site.output, { timeout: 10_000 }).toContain('"event":"directory-refresh"');
    expect(site.output()).toContain('"event":"config","message":"DIRECTORY_REVIEWED_NUMBERS is no longer read');
    const [line] = refreshLines(site.output());
    // Nothing went live: KAST's number is held, BRIS's record is rejected, the other 14 are held as missing.
    expect(line?.json).toMatchObject({ level: "warn", outcome: "unchanged", accepted: 0 });
    expect(line?.raw).toContain(
      '{"id":"kast","field":"phones","old":[{"number":"+46850825740","audience":"public"}],"new":[{"number":"+46812345678","audience":"public"}]',
    );
    expect(line?.raw).toContain('"rejected":[{"id":"bris","reason":"lastChecked: not a real date written YYYY-MM-DD"}]');
    expect(line?.raw).toContain('{"id":"mikamottagningen","field":"status","old":"active","new":"missing"');
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

// -----------------------------------------------------------------------------------------------
// Issue 21: a hostile source on localhost, against the real server

for (const status of ["inactive", "defunct"]) {
  test(`BRIS marked ${status} by the source stays on the site and in the under-18 journey; the change is held`, async ({ request }) => {
    const feed = await ownExport(request);
    recordOf(feed, "bris").status = status;
    const source = await serving(JSON.stringify(feed));
    const site = await startSite(source.url);
    try {
      await expect.poll(site.output, { timeout: 10_000 }).toContain('"event":"directory-refresh"');
      const [line] = refreshLines(site.output());
      expect(line?.json).toMatchObject({ level: "warn", outcome: "unchanged", held: [{ id: "bris", field: "status", old: "active", new: status }] });
      expect((await request.get(`${site.origin}/sv/services/bris`)).status()).toBe(200);
      expect(await (await request.get(`${site.origin}/sv/help/under-18`)).text()).toContain('href="tel:116111"');
      expect(await (await request.get(`${site.origin}/sv/print/young-card`)).text()).toContain('href="tel:116111"');
    } finally {
      await site.stop();
      source.close();
    }
  });
}

test("dropped numbers (phones: [] and a noNumberReason) are held: BRIS still shows 116 111", async ({ request }) => {
  const feed = await ownExport(request);
  const bris = recordOf(feed, "bris");
  bris.phones = [];
  setCarried(bris, "noNumberReason", "not-in-sources");
  const source = await serving(JSON.stringify(feed));
  const site = await startSite(source.url);
  try {
    await expect.poll(site.output, { timeout: 10_000 }).toContain('"event":"directory-refresh"');
    const [line] = refreshLines(site.output());
    expect(line?.json).toMatchObject({ level: "warn", outcome: "unchanged" });
    expect((line?.json.held as { field: string }[]).map((held) => held.field)).toEqual(["phones", "noNumberReason"]);
    expect(await (await request.get(`${site.origin}/sv/services/bris`)).text()).toContain('href="tel:116111"');
  } finally {
    await site.stop();
    source.close();
  }
});

test("changed promises (free, anonymous, day and night, from 18) are held; an approved one goes live", async ({ request }) => {
  const feed = await ownExport(request);
  const bris = recordOf(feed, "bris");
  setCarried(bris, "anonymous", "yes");
  setCarried(bris, "free", "yes");
  setCarried(bris, "openDayAndNight", true);
  bris.minimum_age = 18;
  delete bris.maximum_age;
  setCarried(recordOf(feed, "kast"), "openDayAndNight", true);
  const source = await serving(JSON.stringify(feed));
  const before = { bris: await promisesOn(request, "/sv/services/bris"), kast: await promisesOn(request, "/sv/services/kast") };
  expect(before).toEqual({ bris: ["Svarar ingen?"], kast: ["Från 18 år", "Stödet är gratis", "Du kan vara anonym", "Svarar ingen?"] });

  const site = await startSite(source.url);
  try {
    await expect.poll(site.output, { timeout: 10_000 }).toContain('"event":"directory-refresh"');
    const [line] = refreshLines(site.output());
    expect(line?.json).toMatchObject({ level: "warn", outcome: "unchanged" });
    expect((line?.json.held as { id: string; field: string }[]).map((held) => `${held.id}.${held.field}`)).toEqual([
      "kast.openDayAndNight",
      "bris.free",
      "bris.anonymous",
      "bris.openDayAndNight",
      "bris.minAge",
      "bris.maxAge",
    ]);
    expect(await promisesOn(request, `${site.origin}/sv/services/bris`)).toEqual(before.bris);
    expect(await promisesOn(request, `${site.origin}/sv/services/kast`)).toEqual(before.kast);
  } finally {
    await site.stop();
  }

  // An operator approves BRIS being free (the file `npm run directory -- approve` writes): it goes live.
  const dir = mkdtempSync(join(tmpdir(), "approvals-"));
  const approvals = join(dir, "approvals.json");
  writeFileSync(approvals, JSON.stringify({ approvals: [{ service: "bris", field: "free", value: "yes", by: "Test", at: "2026-12-05T10:00:00Z" }] }));
  const oneChange = await ownExport(request);
  setCarried(recordOf(oneChange, "bris"), "free", "yes");
  const second = await serving(JSON.stringify(oneChange));
  const approved = await startSite(second.url, { DIRECTORY_APPROVALS: approvals });
  try {
    await expect.poll(approved.output, { timeout: 10_000 }).toContain('"event":"directory-refresh"');
    expect(refreshLines(approved.output())[0]?.json).toMatchObject({ level: "info", outcome: "updated" });
    expect(await promisesOn(request, `${approved.origin}/sv/services/bris`)).toEqual(["Stödet är gratis", "Svarar ingen?"]);
  } finally {
    await approved.stop();
    second.close();
    source.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("impossible assured_dates (0000-01-01, 9999-12-31) are never shown", async ({ request }) => {
  const feed = await ownExport(request);
  recordOf(feed, "kast").assured_date = "0000-01-01";
  recordOf(feed, "bris").assured_date = "9999-12-31";
  const source = await serving(JSON.stringify(feed));
  const site = await startSite(source.url);
  try {
    await expect.poll(site.output, { timeout: 10_000 }).toContain('"event":"directory-refresh"');
    expect(refreshLines(site.output())[0]?.json.rejected).toEqual([
      { id: "kast", reason: "lastChecked: before 2000-01-01" },
      { id: "bris", reason: "lastChecked: after tomorrow" },
    ]);
    for (const id of ["kast", "bris"]) {
      const html = await (await request.get(`${site.origin}/sv/services/${id}`)).text();
      expect(html).toContain("Senast kontrollerad: 23 november 2026");
      expect(html).not.toMatch(/Senast kontrollerad: \d{1,2} \S+ (1|9999)</);
    }
  } finally {
    await site.stop();
    source.close();
  }
});

test("free text in a bad field never reaches the log; every refresh line stays under 2 KB", async ({ request }) => {
  const feed = await ownExport(request);
  setCarried(recordOf(feed, "bris"), "scope", "Anna Svensson 19850101-1234");
  // 500 records (the cap), each with a bad scope: a long list of rejections.
  const kast = recordOf(feed, "kast");
  const many = Array.from({ length: 484 }, () => ({ ...kast, metadata: kast.metadata.map((entry) => ({ ...entry })) }));
  for (const record of many) setCarried(record, "scope", "Anna Svensson 19850101-1234 ".repeat(20));
  const source = await serving(JSON.stringify({ ...feed, contents: [...feed.contents, ...many] }));
  const site = await startSite(source.url);
  try {
    await expect.poll(site.output, { timeout: 10_000 }).toContain('"event":"directory-refresh"');
    expect(site.output()).not.toMatch(/Anna|Svensson|19850101/);
    const [line] = refreshLines(site.output());
    expect(Buffer.byteLength(line!.raw)).toBeLessThanOrEqual(2048);
    expect(line?.json).toMatchObject({ level: "warn", truncated: { rejected: expect.any(Number) } });
    expect(line?.raw).toContain('{"id":"bris","reason":"scope: not one of the allowed values"}');
  } finally {
    await site.stop();
    source.close();
  }
});

test("a visitor is answered in well under a second while 200,000 empty records are read and refused", async ({ request }) => {
  const body = `{"contents":[${Array(200_000).fill("{}").join(",")}]}`;
  // The source answers after the site is up, so the feed is read while the visitor's requests come in.
  const source = await startSource((response) =>
    setTimeout(() => response.writeHead(200, { "Content-Type": "application/json" }).end(body), 1_500),
  );
  const site = await startSite(source.url, { DIRECTORY_TIMEOUT_SECONDS: "10" });
  try {
    const latencies: number[] = [];
    const until = Date.now() + 4_000;
    while (Date.now() < until) {
      const started = performance.now();
      const page = await request.get(`${site.origin}/sv/services/kast?t=${latencies.length}`);
      latencies.push(performance.now() - started);
      expect(page.status()).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
    const [line] = refreshLines(site.output());
    expect(line?.json).toMatchObject({ level: "warn", outcome: "too-many-records", records: 200_000, message: "more than 500 records" });
    expect(Buffer.byteLength(line!.raw)).toBeLessThan(300);
    const slowest = Math.max(...latencies);
    console.log(`${latencies.length} requests while the feed was read; slowest ${slowest.toFixed(0)} ms`);
    expect(slowest).toBeLessThan(500);
  } finally {
    await site.stop();
    source.close();
  }
});

test("npm run directory -- review prints what is held, side by side, and exits 1", async ({ request }) => {
  const feed = await ownExport(request);
  recordOf(feed, "bris").status = "inactive";
  setCarried(recordOf(feed, "kast"), "openDayAndNight", true);
  const source = await serving(JSON.stringify(feed));
  try {
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        process.execPath,
        ["scripts/directory.js", "review"],
        { env: { ...process.env, DIRECTORY_SOURCE_URL: source.url } },
        (error, out) => resolve({ code: error ? Number(error.code) : 0, stdout: out }),
      );
    });
    expect(code).toBe(1);
    expect(stdout).toContain("2 changes are held.");
    expect(stdout).toMatch(/KAST – Köpare av sexuella tjänster \(kast\): opening hours/);
    expect(stdout).toMatch(/no opening hours shown +open day and night/);
    expect(stdout).toMatch(/BRIS \(bris\): whether it is on the site/);
    expect(stdout).toMatch(/on the site +marked inactive: would leave the site/);
  } finally {
    source.close();
  }
});
