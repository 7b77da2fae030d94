import { describe, expect, it } from "vitest";
import { callableFirst, filterServices, fold, isFilterActive, isMinor } from "./filter-services";
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

  it("shows a 16-year-old who sells sex the youth services (Stödcentrum, Ungdomsjouren, BRIS), not 18+ ones", () => {
    const ids = names(filterServices(embeddedServices, { audience: "selling", age: 16 }, byIdText));
    for (const id of ["stodcentrum", "ungdomsjouren", "bris", "emergency-112"]) expect(ids).toContain(id);
    expect(ids).not.toContain("mikamottagningen");
    expect(ids).not.toContain("kast");
  });

  it("sends an adult who sells sex to Mikamottagningen, not to Stödcentrum (over 18s are referred there)", () => {
    for (const age of [18, 19, 21, 25]) {
      const ids = names(filterServices(embeddedServices, { audience: "selling", age }, byIdText));
      expect(ids, String(age)).toContain("mikamottagningen");
      expect(ids, String(age)).not.toContain("stodcentrum");
    }
    // Without an age, Stödcentrum stays in the list for sellers (it serves those under 18).
    expect(names(filterServices(embeddedServices, { audience: "selling" }, byIdText))).toContain("stodcentrum");
    expect(names(filterServices(embeddedServices, { audience: "selling", age: 17 }, byIdText))).toContain("stodcentrum");
  });

  it("never answers a member of the public with a professionals-only service", () => {
    for (const filter of [{ age: 16 }, { age: 30 }, { audience: "selling" as const }, { audience: "under-18" as const, age: 15 }]) {
      expect(names(filterServices(embeddedServices, filter, byIdText)), JSON.stringify(filter)).not.toContain("nmt");
    }
    expect(names(filterServices(embeddedServices, { audience: "professionals" }, byIdText))).toContain("nmt");
    expect(names(filterServices(embeddedServices, { professionals: true, age: 16 }, byIdText))).toContain("nmt");
  });

  it("gives a buyer under 18 only what is meant for him: no child-protection or victim services as if for a buyer", () => {
    const ids = names(filterServices(embeddedServices, { audience: "buying", age: 17 }, byIdText));
    for (const id of ["barnahus", "regional-coordinators", "stodcentrum", "ungdomsjouren", "nmt", "kast"]) {
      expect(ids, id).not.toContain(id);
    }
    expect(ids).toEqual(["bris", "emergency-112", "preventell", "youth-clinics"]);
  });

  it("sends no worried relative to Stödcentrum or Ungdomsjouren (no source names them for relatives)", () => {
    const ids = names(filterServices(embeddedServices, { audience: "close-to-someone" }, byIdText));
    expect(ids).not.toContain("stodcentrum");
    expect(ids).not.toContain("ungdomsjouren");
    expect(ids).toContain("socialjouren");
    expect(ids).toContain("emergency-112");
  });

  it("marks every age under 18, and only those, as a minor", () => {
    expect(isMinor({ age: 17 })).toBe(true);
    expect(isMinor({ age: 0 })).toBe(true);
    expect(isMinor({ age: 18 })).toBe(false);
    expect(isMinor({})).toBe(false);
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
    expect(names(filterServices(embeddedServices, { audience: "buying", age: 30, anonymous: true }, byIdText))).toEqual([
      "kast",
    ]);
    // Under 18, whatever the audience, the lines for every young person come too.
    expect(names(filterServices(embeddedServices, { audience: "buying", age: 12 }, byIdText))).toContain("bris");
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

describe("callableFirst", () => {
  it("puts services with a public number first, each group in its own order", () => {
    // A seller of 19: Socialjouren, Mika Hälsa and IOM have no number of their own.
    const ordered = callableFirst(embeddedServices.filter((service) => ["mika-halsa", "mikamottagningen", "socialjouren", "iom-return", "emergency-112", "kvinnofridslinjen"].includes(service.id)));
    const ids = ordered.map((service) => service.id);
    expect(ids.slice(-3).sort()).toEqual(["iom-return", "mika-halsa", "socialjouren"]);
    expect(ids.slice(0, 3).sort()).toEqual(["emergency-112", "kvinnofridslinjen", "mikamottagningen"]);
    // A professionals-only number is no call button for the public.
    expect(callableFirst(embeddedServices.filter((service) => ["nmt", "kast"].includes(service.id))).map((service) => service.id)).toEqual(["kast", "nmt"]);
  });
});
