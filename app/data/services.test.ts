import { describe, expect, it, vi } from "vitest";
import { directorySchema, phoneSchema, serviceSchema } from "~/directory/schema";
import { embeddedServices } from "./services";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { SHORT_NUMBERS } from "~/directory/phone-numbers";
import { dialNumber, digitsOf } from "~/utils/phone";
import { FACTS_DIALS, factsDial } from "../../tests/fixtures/facts-numbers";
import type { Service } from "./types";

const byId = (id: string): Service => {
  const service = embeddedServices.find((candidate) => candidate.id === id);
  if (!service) throw new Error(`no service ${id}`);
  return service;
};

describe("the embedded directory", () => {
  // Parsing embeddedServices again here could never fail (the import already parsed it); what can
  // break is the parse at import itself: a record that fails the schema must stop the module loading.
  it("is parsed by the directory schema when it is imported: a failing schema stops the import", async () => {
    vi.resetModules();
    vi.doMock("~/directory/schema", async (original) => ({
      ...(await original<typeof import("~/directory/schema")>()),
      directorySchema: {
        parse: () => {
          throw new Error("a record failed the schema");
        },
      },
    }));
    try {
      await expect(import("./services")).rejects.toThrow("a record failed the schema");
    } finally {
      vi.doUnmock("~/directory/schema");
      vi.resetModules();
    }
    expect(Object.isFrozen(embeddedServices)).toBe(true);
  });

  // The expected tel: values are literals from FACTS.md (tests/fixtures/facts-numbers.ts), never the
  // app's dialNumber: with E.164 dialling removed this fails.
  it("dials every number exactly as FACTS.md gives it", () => {
    const dialled = embeddedServices.flatMap((service) => service.phones.map((phone) => [phone.number, `tel:${dialNumber(phone)}`]));
    for (const [written, dial] of dialled) expect(dial, written).toBe(factsDial(written ?? ""));
    // …and every number of FACTS.md's table that the site shows is in the data (Preventell's is unconfirmed).
    const shown = new Set(dialled.map(([written]) => written));
    expect(Object.keys(FACTS_DIALS).filter((written) => !shown.has(written))).toEqual([]);
  });

  it("dials every number as the E.164 form of how it is written (libphonenumber-js)", () => {
    for (const service of embeddedServices) {
      for (const phone of service.phones) {
        if (phone.e164 === null) {
          expect(SHORT_NUMBERS, `${service.id} ${phone.number}`).toContain(digitsOf(phone.number));
        } else {
          const parsed = parsePhoneNumberFromString(phone.number, "SE");
          expect(parsed?.number, `${service.id} ${phone.number}`).toBe(phone.e164);
          expect(parsed?.isValid(), `${service.id} ${phone.number}`).toBe(true);
        }
      }
    }
  });

  // How libphonenumber-js (max metadata) classifies every number FACTS.md gives.
  it.each([
    ["08-508 257 40", "FIXED_LINE"],
    ["08-508 25 501", "FIXED_LINE"],
    ["08-508 25 100", "FIXED_LINE"],
    ["08-508 43 726", "FIXED_LINE"],
    ["08-508 25 669", "FIXED_LINE"],
    ["08-508 25 700", "FIXED_LINE"],
    ["020-390 000", "TOLL_FREE"],
    ["020-50 50 50", "TOLL_FREE"],
  ])("%s is a valid Swedish %s number", (written, type) => {
    const parsed = parsePhoneNumberFromString(written, "SE");
    expect(parsed?.isValid()).toBe(true);
    expect(parsed?.getType()).toBe(type);
  });

  it("lists every service that FACTS.md names", () => {
    const ids = embeddedServices.map((service) => service.id).sort();
    expect(ids).toEqual(
      [
        "kast",
        "mikamottagningen",
        "mika-halsa",
        "stodcentrum",
        "ungdomsjouren",
        "regional-coordinators",
        "barnahus",
        "nmt",
        "iom-return",
        "preventell",
        "socialjouren",
        "youth-clinics",
        "emergency-112",
        "police-114-14",
        "kvinnofridslinjen",
        "bris",
      ].sort(),
    );
  });

  // The numbers exactly as shared/FACTS.md gives them: a typo in services.ts fails here.
  it.each([
    ["kast", "+46850825740"],
    ["mikamottagningen", "+46850825501"],
    ["stodcentrum", "+46850825100"],
    ["ungdomsjouren", "+46850825100"],
    ["regional-coordinators", "+46850843726"],
    ["regional-coordinators", "+46850825669"],
    ["barnahus", "+46850825700"],
    ["nmt", "+4620390000"],
    ["kvinnofridslinjen", "+4620505050"],
  ])("%s has %s", (id, e164) => {
    expect(byId(id).phones.map((phone) => phone.e164)).toContain(e164);
  });

  it("marks the consultation numbers of Barnahus and NMT as for professionals only", () => {
    expect(byId("barnahus").phones.every((phone) => phone.audience === "professionals")).toBe(true);
    expect(byId("nmt").phones.every((phone) => phone.audience === "professionals")).toBe(true);
    expect(byId("nmt").audiences).toEqual(["professionals"]);
  });

  it("shows no number where the facts give none or leave it unconfirmed", () => {
    expect(byId("preventell").phones).toEqual([]);
    expect(byId("preventell").noNumberReason).toBe("unconfirmed");
    expect(byId("socialjouren").phones).toEqual([]);
    expect(byId("socialjouren").noNumberReason).toBe("not-in-sources");
  });

  it("keeps the age limits of the facts", () => {
    expect([byId("kast").minAge, byId("kast").maxAge]).toEqual([18, null]);
    expect([byId("mikamottagningen").minAge, byId("mikamottagningen").maxAge]).toEqual([18, null]);
    expect([byId("stodcentrum").minAge, byId("stodcentrum").maxAge]).toEqual([10, 21]);
    expect(byId("bris").maxAge).toBe(17);
  });

  it("promises free and anonymous only where a source says so", () => {
    const anonymous = embeddedServices.filter((service) => service.anonymous === "yes").map((service) => service.id);
    expect(anonymous.sort()).toEqual(["kast", "mikamottagningen"]);
    const free = embeddedServices.filter((service) => service.free === "yes").map((service) => service.id);
    expect(free.sort()).toEqual(["kast", "kvinnofridslinjen", "mikamottagningen"]);
  });

  it("shows opening hours only where the facts give them", () => {
    const allHours = embeddedServices.filter((service) => service.openDayAndNight).map((service) => service.id);
    expect(allHours.sort()).toEqual(["emergency-112", "kvinnofridslinjen"]);
  });
});

describe("the schema rejects bad records", () => {
  const kast = byId("kast");

  it("a number whose E.164 does not match how it is written", () => {
    const phone = { ...kast.phones[0]!, e164: "+46850825741" };
    expect(phoneSchema.safeParse(phone).success).toBe(false);
  });

  it("a long number given without E.164", () => {
    const phone = { ...kast.phones[0]!, e164: null };
    expect(phoneSchema.safeParse(phone).success).toBe(false);
  });

  it("an age range upside down", () => {
    expect(serviceSchema.safeParse({ ...kast, minAge: 30, maxAge: 20 }).success).toBe(false);
  });

  it("a service with neither a number nor a reason for having none", () => {
    expect(serviceSchema.safeParse({ ...kast, phones: [] }).success).toBe(false);
  });

  it("an unknown audience, a bad id or a bad date", () => {
    expect(serviceSchema.safeParse({ ...kast, audiences: ["everyone"] }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...kast, id: "KAST!" }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...kast, lastChecked: "23/11/2026" }).success).toBe(false);
  });

  it("duplicate ids and links to services that do not exist", () => {
    expect(directorySchema.safeParse([kast, kast]).success).toBe(false);
    const orphan = { ...byId("mika-halsa"), contactVia: "nowhere" };
    expect(directorySchema.safeParse([orphan]).success).toBe(false);
  });
});

describe("what a call costs (FACTS.md, cost of a call)", () => {
  it("the seed services whose support is free are 08 numbers (a normal call); Kvinnofridslinjen is a free 020 number", async () => {
    const { callCosts } = await import("./call-costs");
    for (const id of ["kast", "mikamottagningen"]) {
      expect(byId(id).free, id).toBe("yes");
      expect(byId(id).phones[0]!.number.startsWith(`${callCosts.paidCallPrefix}-`), id).toBe(true);
    }
    expect(byId("kvinnofridslinjen").phones[0]!.number.startsWith(`${callCosts.freeCallPrefix}-`)).toBe(true);
    expect(callCosts).toEqual({ freeCallPrefix: "020", paidCallPrefix: "08" });
  });
});
