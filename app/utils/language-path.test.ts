import { describe, expect, it } from "vitest";
import { localizedPath, switchLanguagePath } from "./language-path";

describe("localizedPath", () => {
  it("prefixes the language", () => {
    expect(localizedPath("sv")).toBe("/sv/");
    expect(localizedPath("en", "/services/kast")).toBe("/en/services/kast");
    expect(localizedPath("ar", "safety")).toBe("/ar/safety");
  });
});

describe("switchLanguagePath", () => {
  it("keeps the page and the query when switching language", () => {
    expect(switchLanguagePath("/sv/services/kast", "", "en")).toBe("/en/services/kast");
    expect(switchLanguagePath("/en/services", "?age=16", "ar")).toBe("/ar/services?age=16");
    expect(switchLanguagePath("/ar/", "", "sv")).toBe("/sv/");
  });

  it("adds a language to a path that has none", () => {
    expect(switchLanguagePath("/xx/services", "", "sv")).toBe("/sv/xx/services");
    expect(switchLanguagePath("/", "", "en")).toBe("/en/");
  });
});
