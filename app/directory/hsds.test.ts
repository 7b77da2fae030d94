import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { supportedLanguages } from "~/i18n";
import { fixedT } from "~/i18next.server";
import {
  findByHsdsIdOrSlug,
  fromHsdsService,
  hsdsPage,
  hsdsSlugOf,
  openDataLanguage,
  serviceUuid,
  toHsdsOrganizations,
  toHsdsService,
  toHsdsServices,
  uuidV5,
} from "./hsds.server";
import { serviceSchema } from "./schema";
import { embeddedServices } from "~/data/services";

/** The HSDS 3.0 schemas, copied unchanged into tests/fixtures/hsds-3.0 (CC BY-SA 4.0, see its README). */
const fixtures = join(process.cwd(), "tests", "fixtures", "hsds-3.0");
const readJson = (path: string) => JSON.parse(readFileSync(join(fixtures, path), "utf8")) as Record<string, unknown>;

// strict: false because the HSDS schemas carry keywords of their own (constraints, core, …).
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);

const schemas = {
  service: ajv.compile(readJson("compiled/service.json")),
  serviceList: ajv.compile(readJson("compiled/service_list.json")),
  organization: ajv.compile(readJson("compiled/organization.json")),
  organizationList: ajv.compile(readJson("compiled/organization_list.json")),
};

/** The API's paged list: the openapi Page schema, every field of it required, and its contents. */
const openapi = readJson("openapi.json") as { components: { schemas: { Page: { properties: object } } } };
const pageSchema = openapi.components.schemas.Page;
function pageOf(items: object): ValidateFunction {
  return ajv.compile({
    allOf: [pageSchema],
    type: "object",
    required: [...Object.keys(pageSchema.properties), "contents"],
    properties: { contents: { type: "array", items } },
  });
}
const servicePage = pageOf(readJson("compiled/service_list.json"));
const organizationPage = pageOf(readJson("compiled/organization_list.json"));

function errorsOf(validate: ValidateFunction, data: unknown): string[] {
  return validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every id anywhere in an export: services, phones, organizations, metadata entries. */
function idsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => idsIn(item, out));
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "id" && typeof child === "string") out.push(child);
      else idsIn(child, out);
    }
  }
  return out;
}

describe("the Page schema of the HSDS API", () => {
  it("has the fields we fill in", () => {
    // openapi.json declares them but marks none as required; we require them all above.
    expect(Object.keys(pageSchema.properties).sort()).toEqual(
      ["empty", "first_page", "last_page", "page_number", "size", "total_items", "total_pages"].sort(),
    );
  });

  it("rejects a page without its counts", () => {
    expect(servicePage({ contents: [] })).toBe(false);
  });
});

for (const language of supportedLanguages) {
  describe(`HSDS export in ${language}`, () => {
    const services = toHsdsServices(embeddedServices, language);
    const organizations = toHsdsOrganizations(embeddedServices, language);

    it("has every service of the directory", () => {
      expect(services).toHaveLength(embeddedServices.length);
    });

    for (const [index, service] of services.entries()) {
      it(`${embeddedServices[index]!.id} is a valid HSDS 3.0 service (full and in a list)`, () => {
        expect(errorsOf(schemas.service, service)).toEqual([]);
        expect(errorsOf(schemas.serviceList, service)).toEqual([]);
      });
    }

    it("every organization is a valid HSDS 3.0 organization (full and in a list)", () => {
      expect(organizations.length).toBeGreaterThan(0);
      for (const organization of organizations) {
        expect(errorsOf(schemas.organization, organization), organization.name).toEqual([]);
        expect(errorsOf(schemas.organizationList, organization), organization.name).toEqual([]);
      }
    });

    it("the paged lists follow the API's Page shape", () => {
      const page = hsdsPage(services);
      expect(errorsOf(servicePage, page)).toEqual([]);
      expect(page).toMatchObject({ total_items: services.length, size: services.length, total_pages: 1 });
      expect(page).toMatchObject({ page_number: 1, first_page: true, last_page: true, empty: false });
      expect(errorsOf(organizationPage, hsdsPage(organizations))).toEqual([]);
      expect(errorsOf(servicePage, hsdsPage([]))).toEqual([]);
      expect(hsdsPage([])).toMatchObject({ total_items: 0, size: 0, empty: true });
    });

    it("takes its text from the locale", () => {
      const t = fixedT(language, "services");
      for (const [index, service] of services.entries()) {
        const original = embeddedServices[index]!;
        expect(service.name).toBe(t(`${original.id}.name`));
        expect(service.description).toContain(t(`${original.id}.summary`));
        expect(service.description).toContain(t(`${original.id}.offers`));
        expect(service.eligibility_description).toBe(t(`${original.id}.forWhom`));
        expect(service.fees_description).toBe(t(`free.${original.free}`));
        expect(service.organization.name).toBe(t(`organizations.${original.organizationKey}`));
      }
    });
  });
}

describe("what the export says", () => {
  const byId = new Map(toHsdsServices(embeddedServices).map((service) => [service.id, service]));
  const hsds = (slug: string) => byId.get(serviceUuid(slug))!;

  it("is Swedish by default", () => {
    expect(hsds("kast").name).toBe(fixedT("sv", "services")("kast.name"));
    expect(hsds("kast").fees_description).toBe("Stödet är gratis");
  });

  it("gives ages only where the directory has them, and the date each record was checked", () => {
    expect(hsds("stodcentrum")).toMatchObject({ minimum_age: 10, maximum_age: 21 });
    expect(hsds("kast").minimum_age).toBe(18);
    expect(hsds("kast")).not.toHaveProperty("maximum_age");
    expect(hsds("ungdomsjouren")).not.toHaveProperty("minimum_age");
    for (const service of embeddedServices) expect(hsds(service.id).assured_date).toBe(service.lastChecked);
  });

  it("writes numbers the Swedish way and marks professional-only numbers", () => {
    const sv = fixedT("sv", "common")("phone.professionalsOnly");
    expect(hsds("kast").phones).toEqual([
      expect.objectContaining({ number: "08-508 257 40", type: "voice", description: "KAST" }),
    ]);
    expect(hsds("nmt").phones[0]!.description).toMatch(new RegExp(`\\(${sv}\\)$`));
    expect(hsds("barnahus").phones[0]!.description).toContain(sv);
    expect(hsds("kast").phones[0]!.description).not.toContain(sv);
    const en = toHsdsService(embeddedServices.find((service) => service.id === "nmt")!, "en");
    expect(en.phones[0]!.description).toContain("(For professionals only)");
  });

  it("publishes no languages and no attributes (nothing in the facts to fill them with)", () => {
    for (const service of byId.values()) {
      expect(service).not.toHaveProperty("languages");
      expect(service).not.toHaveProperty("attributes");
    }
  });
});

describe("stable ids", () => {
  it("are UUIDs (version 5), unique across the whole export", () => {
    const ids = idsIn([toHsdsServices(embeddedServices), toHsdsOrganizations(embeddedServices)]);
    for (const id of ids) expect(id).toMatch(UUID);
    for (const id of ids) expect(id[14]).toBe("5");
    // Organizations appear once in the list and again inside each of their services.
    const organizationIds = new Set(toHsdsOrganizations(embeddedServices).flatMap((org) => idsIn(org)));
    const rest = ids.filter((id) => !organizationIds.has(id));
    expect(new Set(rest).size).toBe(rest.length);
    expect(organizationIds.size).toBe(toHsdsOrganizations(embeddedServices).flatMap((org) => idsIn(org)).length);
  });

  it("are the same in two exports and in every language", () => {
    const first = idsIn(toHsdsServices(embeddedServices, "sv"));
    expect(idsIn(toHsdsServices(embeddedServices, "sv"))).toEqual(first);
    expect(idsIn(toHsdsServices(embeddedServices, "ar"))).toEqual(first);
    expect(idsIn(toHsdsOrganizations(embeddedServices, "en"))).toEqual(idsIn(toHsdsOrganizations(embeddedServices)));
  });

  it("never change: they are fixed by the namespace and the slug", () => {
    // RFC 9562 test vector: uuidv5(DNS namespace, "www.example.com").
    expect(uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
    // Published ids: changing one breaks every service that stored it.
    expect(serviceUuid("kast")).toBe(toHsdsService(embeddedServices[0]!).id);
    expect(serviceUuid("kast")).toMatchInlineSnapshot(`"c2e98c85-5229-5aaf-92e3-613f97d62b0a"`);
  });

  it("find a service by UUID (any case) or slug", () => {
    expect(findByHsdsIdOrSlug(embeddedServices, serviceUuid("bris"))?.id).toBe("bris");
    expect(findByHsdsIdOrSlug(embeddedServices, serviceUuid("bris").toUpperCase())?.id).toBe("bris");
    expect(findByHsdsIdOrSlug(embeddedServices, "bris")?.id).toBe("bris");
    expect(findByHsdsIdOrSlug(embeddedServices, "BRIS")).toBeUndefined();
    expect(findByHsdsIdOrSlug(embeddedServices, "00000000-0000-5000-8000-000000000000")).toBeUndefined();
  });
});

describe("round trip", () => {
  it("tells our slug of an exported record, and nothing for a foreign one", () => {
    const kast = embeddedServices.find((service) => service.id === "kast")!;
    expect(hsdsSlugOf(toHsdsService(kast))).toBe("kast");
    expect(hsdsSlugOf({ id: "x", metadata: [] })).toBeUndefined();
    expect(hsdsSlugOf("garbage")).toBeUndefined();
    // A record cannot claim another service: its UUID must belong to the slug it carries.
    expect(hsdsSlugOf({ ...toHsdsService(kast), id: serviceUuid("bris") })).toBeUndefined();
  });

  for (const language of supportedLanguages) {
    it(`every service exported in ${language} and mapped back is the original record`, () => {
      for (const service of embeddedServices) {
        // Through JSON, as another service would receive it.
        const received: unknown = JSON.parse(JSON.stringify(toHsdsService(service, language)));
        expect(serviceSchema.parse(fromHsdsService(received))).toEqual(service);
      }
    });
  }

  it("rejects a record whose id does not belong to its slug", () => {
    const kast = toHsdsService(embeddedServices.find((service) => service.id === "kast")!);
    expect(() => fromHsdsService({ ...kast, id: serviceUuid("bris") })).toThrow(/slug/);
  });

  it("rejects a record that breaks the directory's rules", () => {
    const kast = toHsdsService(embeddedServices.find((service) => service.id === "kast")!);
    expect(() => fromHsdsService({ ...kast, minimum_age: 40, maximum_age: 20 })).toThrow(/minAge above maxAge/);
    const wrongNumber = { ...kast, phones: [{ ...kast.phones[0]!, number: "08-508 257 41" }] };
    expect(() => fromHsdsService(wrongNumber)).toThrow(/dials/);
    const noScope = { ...kast, metadata: kast.metadata.filter((entry) => entry.field_name !== "stodlinjer:scope") };
    expect(() => fromHsdsService(noScope)).toThrow();
  });

  it("rejects what is not an HSDS record from our export", () => {
    expect(() => fromHsdsService(null)).toThrow();
    expect(() => fromHsdsService({ id: "x", name: "y", status: "active" })).toThrow();
    const kast = toHsdsService(embeddedServices[0]!);
    expect(() => fromHsdsService({ ...kast, metadata: [] })).toThrow(/slug/);
  });
});

describe("?lang", () => {
  const at = (query: string) => openDataLanguage(new Request(`http://localhost/open-data/hsds/services.json${query}`));

  it("is Swedish without it and any supported language with it", () => {
    expect(at("")).toBe("sv");
    for (const language of supportedLanguages) expect(at(`?lang=${language}`)).toBe(language);
  });

  it("answers anything else with a 400", () => {
    for (const query of ["?lang=xx", "?lang=", "?lang=EN", "?lang=en&lang=ar", "?lang=%3Cscript%3E"]) {
      const answer = at(query);
      expect(answer, query).toBeInstanceOf(Response);
      expect((answer as Response).status).toBe(400);
    }
  });
});
