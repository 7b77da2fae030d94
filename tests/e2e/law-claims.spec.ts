import { expect, test } from "./fixtures";

/**
 * The legal and anonymity claims a review found wrong stay corrected: read from the rendered
 * Swedish pages (the source every translation follows), wrong wordings absent, right ones present.
 */
async function text(request: import("@playwright/test").APIRequestContext, path: string): Promise<string> {
  const html = await (await request.get(path)).text();
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

const WRONG = [
  /samma lagstadgade rättigheter/, // a temporary permit does not give "the same rights as others"
  /placeras på (ett )?skyddat boende/, // protected housing is offered, never imposed
  /får du bo på ett skyddat boende/, // …nor promised
  /svensk medborgare kan (det )?prövas i svensk domstol/, // abroad: only with dual criminality
  /Ansökan (om betänketid, ett tillfälligt uppehållstillstånd, )?skickas till Migrationsverket/, // the victim does not apply
  /ofta vara anonym/, // only KAST and Mikamottagningen promise anonymity
  /{{/, // no placeholder left unfilled
];

test("the law page states the corrected law", async ({ request }) => {
  const law = await text(request, "/sv/law");
  for (const wrong of WRONG) expect(law).not.toMatch(wrong);
  expect(law).toContain("kan du bli erbjuden ett skyddat boende. Det är ett stöd, inte ett krav.");
  expect(law).toContain("Du ansöker inte själv. Socialtjänsten eller den som leder förundersökningen ansöker åt dig.");
  expect(law).toContain("30 dygn");
  expect(law).toContain("utlänningslagen 5 kap. 15 a §");
  expect(law).toContain("utlänningslagen 5 kap. 15 §");
  expect(law).toContain("Sedan 1 augusti 2022 kan socialtjänsten ansöka om betänketid innan någon har gjort en polisanmälan");
  expect(law).toContain("rätt till stöd, en plats att bo och hälso- och sjukvård");
  expect(law).toContain("kan bara prövas i svensk domstol om köpet också är ett brott i det landet");
  expect(law).toContain("Om brottet är mindre grovt är straffet fängelse i lägst 6 månader och högst 4 år");
  expect(law).toMatch(/Sedan 1 juli 2025 gäller koppleri också när de sexuella handlingarna sker på distans/);
  // The summary table has the less serious degree of trafficking too.
  expect(law).toContain("mindre grovt brott: fängelse i lägst 6 månader och högst 4 år");
});

test("the seller and buyer journeys, home and the close-to-someone journey promise no more than the sources", async ({
  request,
}) => {
  const selling = await text(request, "/sv/help/selling");
  const buying = await text(request, "/sv/help/buying");
  const close = await text(request, "/sv/help/close-to-someone");
  const home = await text(request, "/sv/");
  for (const page of [selling, buying, close, home]) for (const wrong of WRONG) expect(page).not.toMatch(wrong);
  expect(selling).toContain("Då kan du bli erbjuden ett skyddat boende. Det är ett stöd, inte ett krav.");
  expect(selling).toContain("Du ansöker inte själv");
  expect(buying).toContain("kan det bara prövas i svensk domstol om köpet också är ett brott i det landet");
  expect(buying).toContain("Uppgifter om allvarliga brott, till exempel köp av sex från någon under 18 år, kan i vissa fall lämnas till polisen");
  expect(home).toContain("Hos KAST och Mikamottagningen är samtalet gratis och du kan vara anonym");
  expect(close).toContain("Hos KAST och Mikamottagningen är samtalet gratis och man kan vara anonym");
});

test("Mikamottagningen's summary names trafficking for sexual purposes", async ({ request }) => {
  expect(await text(request, "/sv/services/mikamottagningen")).toContain(
    "har utsatts för människohandel för sexuella ändamål"
  );
});

test("Barnahus tells a child or parent whom to call; its consultation number stands under 'for professionals'", async ({
  page,
}) => {
  await page.goto("/sv/services/barnahus");
  const main = page.locator("main");
  await expect(main).toContainText("Barn kommer till Barnahus när polisen utreder ett brott");
  const instead = main.locator("section[aria-labelledby='call-instead']");
  for (const tel of ["tel:+46850825100", "tel:116111", "tel:112"]) await expect(instead.locator(`a[href='${tel}']`)).toBeVisible();
  await expect(instead.locator("a[href='tel:+46850825700']")).toHaveCount(0);
  const professionals = main.locator("section[aria-labelledby='for-professionals']");
  await expect(professionals.locator("h2")).toHaveText("För yrkesverksamma");
  await expect(professionals.locator("a[href='tel:+46850825700']")).toBeVisible();
  await expect(main.locator("a[href='tel:+46850825700']")).toHaveCount(1);
  const jsonLd = JSON.parse((await page.locator("script[type='application/ld+json']").textContent()) ?? "{}");
  expect(JSON.stringify(jsonLd)).not.toMatch(/"telephone":"\+46850825700","contactType":"Konsultation med samordnare"/);
  expect(jsonLd.availableChannel[0].servicePhone.contactType).toContain("Bara för yrkesverksamma");
});

test("a 16-year-old who sells sex finds Stödcentrum, Ungdomsjouren and BRIS, and the under-18 journey", async ({
  page,
}) => {
  await page.goto("/sv/services?audience=selling&age=16");
  const main = page.locator("main");
  for (const slug of ["stodcentrum", "ungdomsjouren", "bris"]) {
    await expect(main.locator(`a[href='/sv/services/${slug}']`).first()).toBeVisible();
  }
  await expect(main.locator("a[href='/sv/services/mikamottagningen']")).toHaveCount(0);
  await expect(main.locator("a[href='/sv/help/under-18']").first()).toBeVisible();
});
