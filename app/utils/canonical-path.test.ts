import { describe, expect, it } from "vitest";
import { allSitePaths } from "~/data/site-map";
import { supportedLanguages } from "~/i18n";
import { localizedPath } from "./language-path";
import { canonicalPath } from "./canonical-path";

describe("canonicalPath", () => {
  it("keeps every address the site links to as it is", () => {
    for (const language of supportedLanguages) {
      for (const path of allSitePaths()) {
        const address = localizedPath(language, path);
        expect(canonicalPath(address), address).toBe(address);
      }
    }
    expect(canonicalPath("/")).toBe("/");
  });

  it("drops a trailing slash, and gives a language's home its slash", () => {
    expect(canonicalPath("/sv/about/")).toBe("/sv/about");
    expect(canonicalPath("/ar/help/selling/")).toBe("/ar/help/selling");
    expect(canonicalPath("/sv")).toBe("/sv/");
    expect(canonicalPath("/lattlast")).toBe("/lattlast/");
    expect(canonicalPath("/th/")).toBe("/th/");
  });

  it("leaves short printed addresses and unknown first segments alone", () => {
    expect(canonicalPath("/ung")).toBe("/ung");
    expect(canonicalPath("/ung/")).toBe("/ung");
    expect(canonicalPath("/xx")).toBe("/xx");
  });
});

