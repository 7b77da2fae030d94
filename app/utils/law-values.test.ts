import { describe, expect, it } from "vitest";
import { formatYears, lawValues } from "./law-values";

describe("law values", () => {
  it("give section references and prison terms from the data, in the reader's language", () => {
    const sv = lawValues("sv");
    expect(sv.purchaseSection).toBe("6\u00a0kap.\u00a011\u00a0§");
    expect(sv.purchaseMax).toBe("1 år");
    expect(sv.childSection).toBe("6\u00a0kap.\u00a09\u00a0§");
    expect(sv.childMax).toBe("4 år");
    expect(sv.procuringSection).toBe("6\u00a0kap.\u00a012\u00a0§");
    expect([sv.grossProcuringMin, sv.grossProcuringMax]).toEqual(["2 år", "10 år"]);
    expect(sv.traffickingSection).toBe("4\u00a0kap.\u00a01\u00a0a\u00a0§");
    expect([sv.traffickingMin, sv.traffickingMax]).toEqual(["2 år", "10 år"]);
    expect(sv.distanceDate).toBe("1 juli 2025");
    expect(sv.distanceBill).toBe("prop.\u00a02024/25:124");
    const en = lawValues("en");
    expect(en.purchaseMax).toBe("1 year");
    expect(en.childMax).toBe("4 years");
    expect(en.distanceDate).toBe("1 July 2025");
  });

  it("give the secrecy chapter both as the Swedish reference and as a bare number for running text", () => {
    const en = lawValues("en");
    expect(en.secrecyChapter).toBe("26\u00a0kap.");
    expect(en.secrecyChapterNumber).toBe("26");
    expect(lawValues("ar").secrecyChapterNumber).toBe("26");
  });

  it("keep a reference on one line and isolate it inside right-to-left text", () => {
    expect(lawValues("fa").purchaseSection).toBe("\u20686\u00a0kap.\u00a011\u00a0§\u2069");
    expect(lawValues("sv").purchaseSection).toBe("6\u00a0kap.\u00a011\u00a0§");
  });

  it("write years with the digits used everywhere else on the site", () => {
    expect(formatYears("ar", 10)).toMatch(/10/);
  });
});
