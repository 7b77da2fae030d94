import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { embeddedServices } from "~/data/services";
import type { Service } from "~/data/types";
import { hasOwnText, translationKeyProblems } from "./translation-keys";

const svServices: unknown = JSON.parse(readFileSync("locales/sv/services.json", "utf8"));
const hasText = (key: string) => hasOwnText(svServices, key);
const byId = (id: string) => embeddedServices.find((service) => service.id === id)!;

describe("translation keys named by a record", () => {
  it("every key of the embedded directory exists in locales/sv/services.json and belongs to its service", () => {
    for (const service of embeddedServices) {
      expect(translationKeyProblems(service, hasText), service.id).toEqual([]);
    }
  });

  it.each(["sources.__proto__", "sources.constructor", "kast.toString", "__proto__", "sources", "kast", "kast.phone.x", ""])(
    "%j is not a text",
    (key) => {
      expect(hasText(key)).toBe(false);
    },
  );

  it("refuses a public source whose key is not an own text (sources.__proto__)", () => {
    const service: Service = { ...byId("bris"), sources: [{ kind: "public", key: "__proto__" }] };
    expect(translationKeyProblems(service, hasText)).toEqual(["sources.0: no such source in the locale files"]);
  });

  it("refuses an organization that has no text", () => {
    const service: Service = { ...byId("bris"), organizationKey: "constructor" };
    expect(translationKeyProblems(service, hasText)).toEqual(["organizationKey: no such organization in the locale files"]);
  });

  it("refuses another service's phone label (Kvinnofridslinjen labelled as BRIS)", () => {
    const kvinnofridslinjen = byId("kvinnofridslinjen");
    const service: Service = {
      ...kvinnofridslinjen,
      phones: [{ ...kvinnofridslinjen.phones[0]!, descriptionKey: "bris.phone" }],
    };
    expect(translationKeyProblems(service, hasText)).toEqual([
      "phones.0.descriptionKey: another service's label",
    ]);
  });

  it("takes a shared label only for the services it is shared with", () => {
    const kast = byId("kast");
    const service: Service = { ...kast, phones: [{ ...kast.phones[0]!, descriptionKey: "framtidReception" }] };
    expect(translationKeyProblems(service, hasText)).toHaveLength(1);
    expect(translationKeyProblems(byId("ungdomsjouren"), hasText)).toEqual([]);
  });

  it("refuses a label that does not exist", () => {
    const kast = byId("kast");
    const service: Service = { ...kast, phones: [{ ...kast.phones[0]!, descriptionKey: "kast.__proto__" }] };
    expect(translationKeyProblems(service, hasText)).toEqual(["phones.0.descriptionKey: no such label in the locale files"]);
  });
});
