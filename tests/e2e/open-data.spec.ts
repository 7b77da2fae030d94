import { embeddedServices } from "~/data/services";
import { expect, test } from "./fixtures";
import type { HsdsPage } from "~/directory/hsds.server";

// The open-data export: HSDS 3.0 JSON that any site may fetch (app/directory/hsds.server.ts).
const SERVICES = "/open-data/hsds/services.json";
const ORGANIZATIONS = "/open-data/hsds/organizations.json";
const one = (id: string) => `/open-data/hsds/services/${id}.json`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What the server adds to every response (server.js), JSON included. */
const securityHeaders: Record<string, RegExp> = {
  "content-security-policy": /default-src 'self'.*object-src 'none'.*frame-ancestors 'none'/,
  "referrer-policy": /^no-referrer$/,
  "x-content-type-options": /^nosniff$/,
  "x-frame-options": /^DENY$/,
  "cross-origin-opener-policy": /^same-origin$/,
  "permissions-policy": /camera=\(\)/,
};

type Page = HsdsPage<{ id: string; name: string }>;

test.describe("open data", () => {
  for (const path of [SERVICES, one("kast"), ORGANIZATIONS, `${SERVICES}?lang=en`]) {
    test(`${path} answers JSON for anyone, with the security headers`, async ({ request }) => {
      const response = await request.get(path, { headers: { Origin: "https://example.org" } });
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(headers["access-control-allow-origin"]).toBe("*");
      expect(headers["cache-control"]).toBe("public, max-age=0, s-maxage=300, stale-while-revalidate=86400");
      for (const [name, pattern] of Object.entries(securityHeaders)) expect(headers[name], name).toMatch(pattern);
      expect(headers["set-cookie"]).toBeUndefined();
      expect(headers["x-powered-by"]).toBeUndefined();
      expect(await response.json()).toBeTruthy();
    });
  }

  test("the list has every service of the directory, in one page", async ({ request }) => {
    const page = (await (await request.get(SERVICES)).json()) as Page;
    expect(page).toMatchObject({
      total_items: embeddedServices.length,
      size: embeddedServices.length,
      total_pages: 1,
      page_number: 1,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(page.contents).toHaveLength(embeddedServices.length);
    for (const service of page.contents) expect(service.id).toMatch(UUID);
    expect(new Set(page.contents.map((service) => service.id)).size).toBe(embeddedServices.length);
  });

  test("one service by slug and by UUID is the same record", async ({ request }) => {
    const bySlug = (await (await request.get(one("bris"))).json()) as { id: string; name: string };
    expect(bySlug.id).toMatch(UUID);
    expect(bySlug.name).toBe("BRIS");
    const byUuid = await request.get(one(bySlug.id));
    expect(byUuid.status()).toBe(200);
    expect(await byUuid.json()).toEqual(bySlug);
  });

  test("?lang picks the language of the texts", async ({ request }) => {
    const sv = (await (await request.get(one("kast"))).json()) as { fees_description: string };
    const en = (await (await request.get(`${one("kast")}?lang=en`)).json()) as { fees_description: string };
    expect(sv.fees_description).toBe("Stödet är gratis");
    expect(en.fees_description).toBe("The support is free");
  });

  test("the organizations are listed once each", async ({ request }) => {
    const page = (await (await request.get(ORGANIZATIONS)).json()) as Page;
    const keys = new Set(embeddedServices.map((service) => service.organizationKey));
    expect(page.total_items).toBe(keys.size);
    expect(page.contents).toHaveLength(keys.size);
  });

  for (const path of [`${SERVICES}?lang=xx`, `${one("kast")}?lang=xx`, `${ORGANIZATIONS}?lang=`]) {
    test(`${path} is a 400 in JSON`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
      expect(response.headers()["access-control-allow-origin"]).toBe("*");
      expect(await response.json()).toMatchObject({ status: 400 });
    });
  }

  for (const id of ["no-such-service", "00000000-0000-5000-8000-000000000000", "%3Cscript%3E"]) {
    test(`unknown id ${id} is a 404 in JSON`, async ({ request }) => {
      const response = await request.get(one(id));
      expect(response.status()).toBe(404);
      expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      const body = (await response.json()) as { status: number; message: string };
      expect(body.status).toBe(404);
      expect(JSON.stringify(body)).not.toContain("<script>");
    });
  }
});
