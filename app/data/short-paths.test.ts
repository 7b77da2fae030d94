import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSupportedLanguage } from "~/i18n";
import { printAudiences, printables } from "./printables";
import { shortPathOf, shortPaths } from "./short-paths";

describe("short printed addresses", () => {
  it("every audience with printed material has one, and each is a route of its own", () => {
    for (const audience of printAudiences) expect(shortPathOf(audience)).toMatch(/^\/[a-z]+$/);
    for (const path of Object.keys(shortPaths)) {
      expect(existsSync(join(process.cwd(), "app", "routes", `${path}.tsx`)), path).toBe(true);
    }
  });

  it("none is a language code, so none can be taken for one (or hide one)", () => {
    for (const path of Object.keys(shortPaths)) expect(isSupportedLanguage(path), path).toBe(false);
  });
});

describe("printables", () => {
  it("every public audience has an A4 poster and a card sheet", () => {
    for (const audience of printAudiences) {
      const formats = printables.filter((item) => item.audience === audience).map((item) => item.format);
      expect(formats, audience).toContain("poster");
      expect(formats, audience).toContain("card");
    }
  });

  it("ids are unique and every printable prints at least one number", () => {
    expect(new Set(printables.map((item) => item.id)).size).toBe(printables.length);
    for (const printable of printables) expect(printable.phones.length, printable.id).toBeGreaterThan(0);
  });
});
