import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "./negotiate-language";

describe("negotiateLanguage", () => {
  it("falls back to Swedish without a header", () => {
    expect(negotiateLanguage(null)).toBe("sv");
    expect(negotiateLanguage("")).toBe("sv");
  });

  it("knows every shipped language, and reads Dari (prs) as Persian", () => {
    expect(negotiateLanguage("th-TH")).toBe("th");
    expect(negotiateLanguage("uk-UA,uk;q=0.9")).toBe("uk");
    expect(negotiateLanguage("prs-AF")).toBe("fa");
    expect(negotiateLanguage("de-DE, fa;q=0.5")).toBe("fa");
  });

  it("matches a regional tag on its primary language", () => {
    expect(negotiateLanguage("sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("sv");
    expect(negotiateLanguage("ar-SA")).toBe("ar");
    expect(negotiateLanguage("en-GB")).toBe("en");
  });

  it("does not let a later exact match beat an earlier regional one", () => {
    expect(negotiateLanguage("ar-EG, en;q=0.5")).toBe("ar");
  });

  it("follows quality values, not order", () => {
    expect(negotiateLanguage("en;q=0.4, ar;q=0.9")).toBe("ar");
  });

  it("skips unsupported languages", () => {
    expect(negotiateLanguage("de-DE, fr;q=0.9, en;q=0.8")).toBe("en");
    expect(negotiateLanguage("de, fr")).toBe("sv");
  });

  it("treats q=0 as 'not this language'", () => {
    expect(negotiateLanguage("en;q=0, ar;q=0.1")).toBe("ar");
    expect(negotiateLanguage("en;q=0")).toBe("sv");
  });

  it("is case-insensitive", () => {
    expect(negotiateLanguage("EN-us")).toBe("en");
  });

  it("answers the wildcard with the default", () => {
    expect(negotiateLanguage("*")).toBe("sv");
  });

  it("survives garbage", () => {
    expect(negotiateLanguage(";;;,,,q=9")).toBe("sv");
    expect(negotiateLanguage("en;q=abc, ar")).toBe("ar");
    expect(negotiateLanguage("<script>alert(1)</script>")).toBe("sv");
    expect(negotiateLanguage("x".repeat(100_000))).toBe("sv");
    // A q above 1 is read as written (negotiator, as Express reads it): "en" at the highest weight.
    expect(negotiateLanguage("en;q=1.5")).toBe("en");
  });

  it("keeps the header's order among equal weights (an earlier regional tag beats a later exact one)", () => {
    expect(negotiateLanguage("en-US, sv")).toBe("en");
    expect(negotiateLanguage("ar-SE, sv;q=0.5")).toBe("ar");
  });

  it("reads spaces around ';' as RFC 9110 allows them", () => {
    expect(negotiateLanguage("en ; q=0, ar")).toBe("ar");
    expect(negotiateLanguage("en;\tq=0.1, ar ;q=0.9")).toBe("ar");
  });

  it("never negotiates easy-to-read Swedish: a browser names it Swedish", () => {
    expect(negotiateLanguage("lattlast")).toBe("sv");
    expect(negotiateLanguage("sv-x-lattlast, en")).toBe("sv");
  });
});
