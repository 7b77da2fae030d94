import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DIRECTORY_SOURCE_URL, directorySource } from "../../tests/mocks/directory-source";
import { readApprovals } from "./approvals.server";
import { toHsdsService } from "./hsds.server";
import { runDirectoryCommand } from "./review-command.server";
import { approvalId } from "./review.server";
import { embeddedServices } from "~/data/services";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "directory-command-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Our export with BRIS said to be free and open day and night. */
function feedWithChangedBris() {
  return embeddedServices.map((service) => {
    const record = toHsdsService(service);
    if (service.id === "bris") {
      for (const entry of record.metadata) {
        if (entry.field_name === "stodlinjer:free") entry.replacement_value = '"yes"';
        if (entry.field_name === "stodlinjer:openDayAndNight") entry.replacement_value = "true";
      }
    }
    return record;
  });
}

async function run(argv: string[], env: Record<string, string | undefined>) {
  const lines: string[] = [];
  const code = await runDirectoryCommand(argv, {
    env: { DIRECTORY_SOURCE_URL, ...env },
    out: (line) => lines.push(line),
    now: () => new Date("2026-12-05T10:00:00Z"),
  });
  return { code, text: lines.join("\n") };
}

describe("npm run directory -- review", () => {
  it("prints each held change side by side in plain words and exits 1", async () => {
    server.use(directorySource.serves(feedWithChangedBris()));
    const { code, text } = await run(["review"], {});
    expect(code).toBe(1);
    expect(text).toContain("Read https://directory.example/open-data/hsds/services.json: 16 records on 1 page.");
    expect(text).toContain("2 changes are held.");
    expect(text).toContain("1. BRIS (bris): whether it is free");
    expect(text).toContain(`id: ${approvalId("bris", "free", "yes")}`);
    expect(text).toMatch(/on the site now \(reviewed\) +the source says/);
    expect(text).toMatch(/not said +free/);
    expect(text).toMatch(/no opening hours shown +open day and night/);
  });

  it("writes numbers the way people read them", async () => {
    const feed = embeddedServices.map((service) => {
      const record = toHsdsService(service);
      if (service.id === "kast") {
        record.phones[0]!.number = "08-123 456 78";
        const e164 = record.phones[0]!.metadata.find((entry) => entry.field_name === "stodlinjer:e164")!;
        e164.replacement_value = '"+46812345678"';
      }
      return record;
    });
    server.use(directorySource.serves(feed));
    const { code, text } = await run(["review"], {});
    expect(code).toBe(1);
    expect(text).toMatch(/08-508 257 40 \(anyone\) +08-123 456 78 \(anyone\)/);
  });

  it("exits 0 when nothing is held", async () => {
    server.use(directorySource.serves(embeddedServices.map((service) => toHsdsService(service))));
    const { code, text } = await run(["review"], {});
    expect(code).toBe(0);
    expect(text).toContain("Nothing is held. 16 services take the source's version as it is.");
  });

  it("exits 2 when the source cannot be read, or is not configured", async () => {
    server.use(directorySource.fails(503));
    expect(await run(["review"], {})).toMatchObject({ code: 2, text: expect.stringContaining("http-error (HTTP 503)") });
    expect(await run(["review"], { DIRECTORY_SOURCE_URL: undefined })).toMatchObject({ code: 2 });
    expect(await run(["nonsense"], {})).toMatchObject({ code: 2, text: expect.stringContaining("usage:") });
  });
});

describe("npm run directory -- approve <id>", () => {
  it("writes the approval (service, field, value, who, when); the next review no longer holds it", async () => {
    server.use(directorySource.serves(feedWithChangedBris()));
    const file = join(dir, "approvals.json");
    const id = approvalId("bris", "free", "yes");
    const approved = await run(["approve", id, "--by", "Anna Berg"], { DIRECTORY_APPROVALS: file });
    expect(approved.code).toBe(0);
    expect(approved.text).toContain("not said  →  free");
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      approvals: [{ id, service: "bris", field: "free", value: "yes", by: "Anna Berg", at: "2026-12-05T10:00:00.000Z" }],
    });
    const after = await run(["review"], { DIRECTORY_APPROVALS: file });
    expect(after.code).toBe(1);
    expect(after.text).toContain("1 change is held.");
    expect(after.text).not.toContain(id);
    expect((await run(["approve", id, "--by", "Anna Berg"], { DIRECTORY_APPROVALS: file })).code).toBe(2); // no longer held
  });

  it("refuses an id that is not held, and a file it cannot read", async () => {
    server.use(directorySource.serves(feedWithChangedBris()));
    const file = join(dir, "broken.json");
    writeFileSync(file, "{ not json");
    const unknown = await run(["approve", "bris.free.00000000", "--by", "A"], { DIRECTORY_APPROVALS: join(dir, "x.json") });
    expect(unknown).toMatchObject({ code: 2, text: expect.stringContaining("No held change has the id bris.free.00000000") });
    const broken = await run(["approve", approvalId("bris", "free", "yes"), "--by", "A"], { DIRECTORY_APPROVALS: file });
    expect(broken).toMatchObject({ code: 2, text: expect.stringContaining("not JSON") });
    expect(readFileSync(file, "utf8")).toBe("{ not json");
    expect((await run(["approve", "x"], {})).code).toBe(2); // DIRECTORY_APPROVALS not set
  });
});

describe("the approvals file", () => {
  it("approves nothing when it does not exist yet, and says why it cannot be used otherwise", async () => {
    expect(await readApprovals(join(dir, "none.json"))).toEqual({ approvals: [] });
    expect(await readApprovals(null)).toEqual({ approvals: [] });
    const wrong = join(dir, "wrong.json");
    writeFileSync(wrong, JSON.stringify({ approvals: [{ service: "bris", field: "name", value: "x", by: "A", at: "yesterday" }] }));
    const read = await readApprovals(wrong);
    expect(read.approvals).toEqual([]);
    expect(read.problem).toBe("approvals.0.field: not one of the allowed values; approvals.0.at: not in the expected form");
    const big = join(dir, "big.json");
    writeFileSync(big, " ".repeat(300 * 1024));
    expect((await readApprovals(big)).problem).toBe("larger than 256 KB");
  });
});
