import { describe, expect, it } from "vitest";
import { filterServices, fold, isFilterActive } from "./filter-services";
import { embeddedServices } from "~/data/services";
import type { Service } from "~/data/types";

const names = (services: Service[]) => services.map((service) => service.id).sort();
const byIdText = (service: Service) => service.id;

describe("filterServices", () => {
  it("keeps everything without a filter", () => {
    expect(filterServices(embeddedServices, {}, byIdText)).toHaveLength(embeddedServices.length);
  });

  it("filters by audience", () => {
    expect(names(filterServices(embeddedServices, { audience: "buying" }, byIdText))).toEqual([
      "emergency-112",
      "kast",
      "preventell",
    ]);
  });

  it("keeps a 16-year-old away from 18+ services and keeps services without limits", () => {
    const ids = names(filterServices(embeddedServices, { age: 16 }, byIdText));
    expect(ids).toContain("stodcentrum");
    expect(ids).toContain("bris");
    expect(ids).toContain("emergency-112");
    expect(ids).not.toContain("kast");
    expect(ids).not.toContain("mikamottagningen");
  });

  it("respects both ends of an age range", () => {
    expect(names(filterServices(embeddedServices, { age: 9 }, byIdText))).not.toContain("stodcentrum");
    expect(names(filterServices(embeddedServices, { age: 22 }, byIdText))).not.toContain("stodcentrum");
    expect(names(filterServices(embeddedServices, { age: 18 }, byIdText))).not.toContain("bris");
  });

  it("keeps only services the sources call free or anonymous", () => {
    expect(names(filterServices(embeddedServices, { free: true, anonymous: true }, byIdText))).toEqual([
      "kast",
      "mikamottagningen",
    ]);
  });

  it("finds services for professionals", () => {
    const ids = names(filterServices(embeddedServices, { professionals: true }, byIdText));
    expect(ids).toContain("nmt");
    expect(ids).toContain("barnahus");
    expect(ids).not.toContain("kast");
  });

  it("matches every word, ignoring case and diacritics", () => {
    const text = (service: Service) => (service.id === "mika-halsa" ? "Mika Hälsa sexuell hälsa" : service.id);
    expect(names(filterServices(embeddedServices, { words: "HALSA mika" }, text))).toEqual(["mika-halsa"]);
    expect(filterServices(embeddedServices, { words: "hälsa nothing" }, text)).toEqual([]);
  });

  it("narrows down, and can find nothing", () => {
    expect(names(filterServices(embeddedServices, { audience: "buying", age: 12 }, byIdText))).toEqual([
      "emergency-112",
      "preventell",
    ]);
    expect(filterServices(embeddedServices, { words: "zzzz" }, byIdText)).toEqual([]);
  });
});

describe("fold and isFilterActive", () => {
  it("folds case and marks", () => {
    expect(fold("Stödcentrum ÅÄÖ")).toBe("stodcentrum aao");
  });

  it("tells an empty filter from a real one", () => {
    expect(isFilterActive({})).toBe(false);
    expect(isFilterActive({ free: false, words: "" })).toBe(false);
    expect(isFilterActive({ age: 0 })).toBe(true);
  });
});
