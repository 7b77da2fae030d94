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
    // The reflection period is 5 kap. 15 § second paragraph, the longer permit its first (never 15 a §).
    expect(sv.reflectionSection).toBe("5\u00a0kap.\u00a015\u00a0§\u00a0andra\u00a0stycket");
    expect(sv.longerPermitSection).toBe("5\u00a0kap.\u00a015\u00a0§\u00a0första\u00a0stycket");
    expect([sv.reflectionPeriod, sv.longerPermitMin]).toEqual(["30 dygn", "6 månader"]);
    expect([sv.freeCallPrefix, sv.paidCallPrefix]).toEqual(["020", "08"]);
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

  it("give the campaign's survey figures, the county offer's years and the seed documents' years from data", () => {
    // Seed 003: "Knappt 1 av 10 män … befolkningsstudie från 2017"; "En undersökning från 2021 visar
    // att 88 procent av flickorna…". Seed 001 (2022): the first agreements early in 2021.
    const sv = lawValues("sv");
    expect([sv.menWhoPaidOne, sv.menWhoPaidOf, sv.menWhoPaidYear]).toEqual(["1", "10", "2017"]);
    expect([sv.girlsAbusedShare, sv.girlsSurveyYear]).toEqual(["88\u00a0%", "2021"]);
    expect(lawValues("en").girlsAbusedShare).toBe("88%");
    expect([sv.countyOfferStatusYear, sv.firstAgreementsYear]).toEqual(["2022", "2021"]);
    expect(sv.municipalityCount).toBe("26"); // Stockholm county's municipalities (FACTS.md)
    expect([sv.seed000Year, sv.seed001Year, sv.seed003Year, sv.seed004Year]).toEqual(["2005", "2022", "2021", "2006"]);
  });

  it("keep a reference on one line and isolate it inside right-to-left text", () => {
    expect(lawValues("fa").purchaseSection).toBe("\u20686\u00a0kap.\u00a011\u00a0§\u2069");
    expect(lawValues("sv").purchaseSection).toBe("6\u00a0kap.\u00a011\u00a0§");
  });

  it("write years with the digits used everywhere else on the site", () => {
    expect(formatYears("ar", 10)).toMatch(/10/);
  });
});
