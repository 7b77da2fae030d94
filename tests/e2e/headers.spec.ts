import { expect, test } from "./fixtures";

const required: Record<string, RegExp> = {
  "content-security-policy": /default-src 'self'.*object-src 'none'.*base-uri 'none'.*frame-ancestors 'none'/,
  "referrer-policy": /^no-referrer$/,
  "x-content-type-options": /^nosniff$/,
  "permissions-policy": /camera=\(\)/,
  "cross-origin-opener-policy": /^same-origin$/,
  "x-frame-options": /^DENY$/,
};

test.describe("response headers", () => {
  for (const path of ["/sv/", "/en/services/kast", "/sv/missing", "/quick-exit.js", "/favicon.ico", "/"]) {
    test(`security headers and no cookie on ${path}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      for (const [name, pattern] of Object.entries(required)) {
        expect(headers[name], name).toMatch(pattern);
      }
      expect(headers["set-cookie"]).toBeUndefined();
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  test("the built stylesheet is cached as immutable", async ({ request, page }) => {
    await page.goto("/sv/");
    const href = await page.locator("link[rel=stylesheet]").getAttribute("href");
    expect(href).toMatch(/^\/build\/.+\.css$/);
    const response = await request.get(href!);
    expect(response.headers()["cache-control"]).toMatch(/immutable/);
  });

  test("pages are compressed and cacheable by a shared cache", async ({ request }) => {
    const response = await request.get("/sv/", { headers: { "Accept-Encoding": "gzip" } });
    expect(response.headers()["content-encoding"]).toBe("gzip");
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  });
});

test.describe("the front door", () => {
  const cases: [string | undefined, string][] = [
    [undefined, "/sv/"],
    ["en-GB,en;q=0.9", "/en/"],
    ["ar-SE, sv;q=0.5", "/ar/"],
    ["de-DE,de;q=0.9", "/sv/"],
    ["garbage;;q=x", "/sv/"],
  ];
  for (const [acceptLanguage, target] of cases) {
    test(`Accept-Language ${acceptLanguage ?? "(none)"} → ${target}`, async ({ request }) => {
      const response = await request.get("/", {
        maxRedirects: 0,
        headers: acceptLanguage ? { "Accept-Language": acceptLanguage } : {},
      });
      expect(response.status()).toBe(302);
      expect(response.headers()["location"]).toBe(target);
      expect(response.headers()["vary"]).toMatch(/Accept-Language/i);
      expect(response.headers()["set-cookie"]).toBeUndefined();
    });
  }
});

test("a page with its language in the address does not vary by Accept-Language", async ({ request }) => {
  const page = await request.get("/en/services");
  expect(page.headers()["vary"] ?? "").not.toMatch(/Accept-Language/i);
  const unknown = await request.get("/xx/services");
  expect(unknown.headers()["vary"]).toMatch(/Accept-Language/i);
});
