import { parse, type ParserError } from "parse5";
import { allSitePaths } from "~/data/site-map";
import { supportedLanguages } from "~/i18n";
import { expect, test } from "./fixtures";

/**
 * Every page of the site in every language (sitemap.xml's list) and each language's 404 page is
 * clean HTML: not one NUL byte (React's stream once cut multi-byte characters at chunk edges) and
 * no HTML parse error. Read over HTTP, not in a browser: a browser hides both.
 */
const addresses = [
  ...supportedLanguages.flatMap((language) => allSitePaths().map((path) => `/${language}${path}`)),
  ...supportedLanguages.map((language) => `/${language}/no-such-page`),
];

// Two halves so the two workers share the walk.
const halves = [addresses.filter((_, i) => i % 2 === 0), addresses.filter((_, i) => i % 2 === 1)];

for (const [index, half] of halves.entries()) {
  test(`every page in every language has no NUL byte and no parse error (part ${index + 1})`, async ({ request }) => {
    test.setTimeout(180_000);
    const problems: string[] = [];
    for (const address of half) {
      const response = await request.get(address);
      const bytes = await response.body();
      if (bytes.includes(0)) problems.push(`${address}: NUL byte`);
      const html = bytes.toString("utf8");
      if (html.includes("\uFFFD")) problems.push(`${address}: U+FFFD (a broken character)`);
      parse(html, {
        onParseError: (error: ParserError) => problems.push(`${address}: ${error.code} at ${error.startLine}:${error.startCol}`),
      });
    }
    expect(problems).toEqual([]);
    expect(half.length).toBeGreaterThan(400);
  });
}
