import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The README names files; a file that moved or went (app/data/hsds.test.ts once, entry.client.tsx)
 * leaves a README that sends a reader nowhere. Counts of tests, pages or requests are not kept in
 * prose at all (they come from the tools' own output), so nothing here checks figures.
 */
const readme = readFileSync("README.md", "utf8");

/** Every file of the checkout but the installed, built and generated ones. */
function files(dir = "."): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (["node_modules", "build", ".git", "test-results", "playwright-report", "lighthouse-reports"].includes(name)) return [];
    if (dir === "public" && name === "build") return [];
    const path = dir === "." ? name : join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("README.md names files that exist", () => {
  it("every path it quotes (`app/…`, `tests/…`, `scripts/…`, `server/…`, `deploy/…`) is in the checkout", () => {
    const quoted = [...readme.matchAll(/`((?:app|tests|scripts|server|deploy|locales|public)\/[^`\s]+|server\.js)`/g)]
      .map((match) => match[1] ?? "")
      // Patterns and placeholders name no one file (`locales/<lng>/…`, `app/**/…`).
      .filter((path) => !/[<>*{}]/.test(path));
    expect(quoted.length).toBeGreaterThan(20);
    expect([...new Set(quoted)].filter((path) => !existsSync(path.replace(/\/$/, "")))).toEqual([]);
  });

  it('every file "What is where" lists by name is in the checkout', () => {
    const start = readme.indexOf("## What is where");
    const block = readme.slice(start, readme.indexOf("```", readme.indexOf("```", start) + 3));
    const named = [...block.matchAll(/(?<![\w.-])([\w$[\].-]+\.(?:tsx?|js|json|conf|sh))(?![\w.])/g)]
      .map((match) => match[1] ?? "")
      .filter((name) => !name.startsWith("."));
    const present = new Set(files().map((path) => basename(path)));
    expect(named.length).toBeGreaterThan(40);
    expect([...new Set(named)].filter((name) => !present.has(name))).toEqual([]);
  });
});
