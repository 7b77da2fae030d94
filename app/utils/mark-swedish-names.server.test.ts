import { describe, expect, it } from "vitest";
import { markSwedishNamesInHtml } from "./mark-swedish-names.server";

const page = (main: string) => `<html lang="en"><head><title>KAST</title></head><body><p>KAST</p><main id="main">${main}</main></body></html>`;

describe("markSwedishNamesInHtml", () => {
  it("marks every Swedish name in <main>'s text, longest first, and nothing outside <main>", () => {
    expect(markSwedishNamesInHtml(page("<p>Call Stödcentrum or Barnahus Stockholm.</p>"), "en")).toBe(
      page('<p>Call <span lang="sv">Stödcentrum</span> or <span lang="sv">Barnahus Stockholm</span>.</p>')
    );
  });

  it("leaves attributes, scripts and text already in Swedish alone", () => {
    const main =
      '<a href="/en/services/kast" aria-label="KAST">x</a><script type="application/ld+json">{"name":"KAST"}</script><span lang="sv">KAST <b>BRIS</b></span>';
    expect(markSwedishNamesInHtml(page(main), "en")).toBe(page(main));
  });

  it("marks names in right-to-left text and after void elements", () => {
    expect(markSwedishNamesInHtml(page("<p>اتصل<br/>بـ Mikamottagningen</p>"), "ar")).toBe(
      page('<p>اتصل<br/>بـ <span lang="sv" dir="ltr">Mikamottagningen</span></p>')
    );
  });

  it("marks a name a preposition of another script is written onto (Arabic و, Tigrinya ብ)", () => {
    expect(markSwedishNamesInHtml(page("<p>Mikamottagningen وKAST</p>"), "ar")).toBe(
      page('<p><span lang="sv" dir="ltr">Mikamottagningen</span> و<span lang="sv" dir="ltr">KAST</span></p>')
    );
    expect(markSwedishNamesInHtml(page("<p>ብKarolinska Universitetssjukhuset</p>"), "ti")).toBe(
      page('<p>ብ<span lang="sv">Karolinska Universitetssjukhuset</span></p>')
    );
  });

  it("in a right-to-left page a name in brackets takes its brackets into its left-to-right island; elsewhere they stay outside", () => {
    // Wrapped after "köp av", the brackets would otherwise both take the page's direction: "(köp av" over "(sexuell handling".
    expect(markSwedishNamesInHtml(page("<h2>شراء فعل جنسي (köp av sexuell handling)</h2>"), "ar")).toBe(
      page('<h2>شراء فعل جنسي <span lang="sv" dir="ltr">(köp av sexuell handling)</span></h2>')
    );
    expect(markSwedishNamesInHtml(page("<p>با خدمات اجتماعی (socialtjänsten) تماس بگیرید</p>"), "fa")).toBe(
      page('<p>با خدمات اجتماعی <span lang="sv" dir="ltr">(socialtjänsten)</span> تماس بگیرید</p>')
    );
    // One bracket alone stays outside; a left-to-right page keeps both outside.
    expect(markSwedishNamesInHtml(page("<p>(KAST و BRIS)</p>"), "ar")).toBe(
      page('<p>(<span lang="sv" dir="ltr">KAST</span> و <span lang="sv" dir="ltr">BRIS</span>)</p>')
    );
    expect(markSwedishNamesInHtml(page("<p>social services (socialtjänsten)</p>"), "en")).toBe(
      page('<p>social services (<span lang="sv">socialtjänsten</span>)</p>')
    );
  });

  it("changes nothing in Swedish or easy-to-read Swedish, nor names inside other words", () => {
    expect(markSwedishNamesInHtml(page("<p>Ring KAST</p>"), "sv")).toBe(page("<p>Ring KAST</p>"));
    expect(markSwedishNamesInHtml(page("<p>Ring KAST</p>"), "lattlast")).toBe(page("<p>Ring KAST</p>"));
    expect(markSwedishNamesInHtml(page("<p>KASTING</p>"), "en")).toBe(page("<p>KASTING</p>"));
  });
});
