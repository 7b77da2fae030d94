import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { namespaces, supportedLanguages } from "~/i18n";
import {
  fingerprint,
  flatten,
  languageState,
  readReviewFile,
  readStrings,
  REVIEW_FILE,
  serializeReviewFile,
  targetLanguages,
} from "~/utils/translation-state.server";
import { cardLimits } from "../../scripts/lib/translations/card-limits";
import { pagesOf, safetyReasons } from "../../scripts/lib/translations/pages";
import { reviewSheet } from "../../scripts/lib/translations/sheet";
import { redraft, stateProblems, statusReport, syncState } from "../../scripts/lib/translations/workflow";
import { exportXliff, importXliff, ImportRefused } from "../../scripts/lib/translations/xliff";

/**
 * The translation review workflow (issue 23) on a copy of locales/: what a Swedish change does,
 * an export → edit → import round trip, and the files an import must refuse without changing
 * anything.
 */

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), "stodlinjer-translations-")), "locales");
  cpSync(join(process.cwd(), "locales"), dir, { recursive: true });
});
afterEach(() => rmSync(join(dir, ".."), { recursive: true, force: true }));

function setString(language: string, id: string, value: string) {
  const [ns, key] = [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)];
  const file = join(dir, language, `${ns}.json`);
  const tree = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const path = key.split(".");
  let node = tree;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[path.at(-1)!] = value;
  writeFileSync(file, `${JSON.stringify(tree, null, 2)}\n`);
}

/** A fingerprint of every file under the locales copy: "nothing changed" means this is equal. */
function snapshot(): string {
  const hash = createHash("sha256");
  for (const language of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, language)).sort()) hash.update(`${language}/${file}\0`).update(readFileSync(join(dir, language, file)));
  }
  return hash.digest("hex");
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Replaces the target of one unit ("ns:key") in an exported XLIFF 2.0 or 1.2 file. */
function editUnit(xml: string, id: string, text: string): string {
  const [ns, key] = [id.slice(0, id.indexOf(":")), id.slice(id.indexOf(":") + 1)];
  const file = xml.search(new RegExp(`<file (id|original)="${ns}"`));
  const unit = xml.indexOf(` id="${key}"`, file);
  const start = xml.indexOf("<target>", unit) + "<target>".length;
  const end = xml.indexOf("</target>", start);
  expect(file >= 0 && unit > file && start > unit, `${id} in the export`).toBe(true);
  return xml.slice(0, start) + text + xml.slice(end);
}

async function refusal(bytes: Uint8Array, options: Partial<Parameters<typeof importXliff>[1]> = {}): Promise<string> {
  const before = snapshot();
  const error = await importXliff(bytes, { reviewer: "Test Reviewer", date: "2026-12-04", ...options }, dir).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, "the import must be refused").toBeInstanceOf(ImportRefused);
  expect(snapshot(), "a refused import changes nothing").toBe(before);
  return (error as ImportRefused).message;
}

describe("the review state", () => {
  it("records today's drafts as unreviewed drafts of today's Swedish: no language is reviewed", () => {
    const swedish = readStrings("sv");
    for (const language of targetLanguages) {
      const state = languageState(language, swedish);
      expect([...new Set(state.keys.values())], language).toEqual(["draft"]);
    }
  });

  it("a Swedish change marks exactly the dependent keys stale, in all 12 languages", () => {
    const changed = ["law:sections.buying.text.0", "common:quickExit.label", "print:printables.young-card.lines.0"];
    for (const id of changed) setString("sv", id, `${readStrings("sv", dir).get(id)} (ändrad)`);
    const swedish = readStrings("sv", dir);
    expect(targetLanguages).toHaveLength(12);
    for (const language of targetLanguages) {
      const stale = [...languageState(language, swedish, dir).keys].filter(([, state]) => state === "stale").map(([id]) => id);
      expect(stale.sort(), language).toEqual([...changed].sort());
    }
    // sync keeps them stale (it never refreshes an existing entry); redraft clears them.
    syncState("sync", dir);
    expect(languageState("ar", readStrings("sv", dir), dir).keys.get("law:sections.buying.text.0")).toBe("stale");
    redraft(["ar"], ["law:sections.buying."], dir);
    expect(languageState("ar", readStrings("sv", dir), dir).keys.get("law:sections.buying.text.0")).toBe("draft");
    expect(languageState("en", readStrings("sv", dir), dir).keys.get("law:sections.buying.text.0")).toBe("stale");
  });

  it("the server shows the Swedish sentence in place of a stale one, and only there", async () => {
    setString("sv", "law:title", "Vad säger lagen i dag?");
    vi.stubEnv("LOCALES_DIR", dir);
    vi.resetModules();
    try {
      const status = await import("~/utils/translation-status.server");
      const resources = Object.fromEntries(
        supportedLanguages.map((language) => [
          language,
          Object.fromEntries(namespaces.map((ns) => [ns, JSON.parse(readFileSync(join(dir, language, `${ns}.json`), "utf8")) as object])),
        ]),
      );
      const before = JSON.parse(JSON.stringify(resources)) as typeof resources;
      status.replaceStaleWithSwedish(resources);
      for (const language of targetLanguages) {
        expect((resources[language]!.law as { title: string }).title, language).toBe("Vad säger lagen i dag?");
        // Nothing else moved.
        (resources[language]!.law as { title: string }).title = (before[language]!.law as { title: string }).title;
        expect(resources[language], language).toEqual(before[language]);
        expect(status.stringState(language, "law:title")).toBe("stale");
      }
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });

  it("sync records new keys as drafts and drops removed ones; the check says which command to run", () => {
    const file = join(dir, "en", REVIEW_FILE);
    const entries = readReviewFile("en", dir);
    delete entries["common:siteName"];
    entries["common:gone"] = { source: fingerprint("x"), text: fingerprint("y"), state: "draft" };
    writeFileSync(file, serializeReviewFile(entries, Object.keys(entries)));
    expect(stateProblems(dir).join("\n")).toMatch(/en: 1 keys without a review entry \(common:siteName\)[\s\S]*en: 1 review entries for keys Swedish no longer has \(common:gone\)/);
    syncState("sync", dir);
    expect(stateProblems(dir)).toEqual([]);
    expect(readReviewFile("en", dir)["common:siteName"]?.state).toBe("draft");
  });

  it("baseline refuses to throw away a person's review", async () => {
    const xml = await exportXliff("en", { only: ["common:siteName"] }, dir);
    await importXliff(encode(xml), { reviewer: "Test Reviewer" }, dir);
    expect(() => syncState("baseline", dir)).toThrow(/discard 1 reviewed strings \(en\/common:siteName\)/);
    syncState("baseline", dir, { discardReviews: true });
    expect(readReviewFile("en", dir)["common:siteName"]?.state).toBe("draft");
  });

  it("an edit after review makes the string a draft again", async () => {
    const xml = await exportXliff("en", { only: ["common:siteTagline"] }, dir);
    await importXliff(encode(xml), { reviewer: "Test Reviewer" }, dir);
    expect(languageState("en", readStrings("sv", dir), dir).keys.get("common:siteTagline")).toBe("reviewed");
    setString("en", "common:siteTagline", "Something else");
    const state = languageState("en", readStrings("sv", dir), dir);
    expect(state.keys.get("common:siteTagline")).toBe("draft");
    expect(state.editedAfterReview).toEqual(["common:siteTagline"]);
  });
});

describe("export → edit → import", () => {
  for (const version of ["2.0", "1.2"] as const) {
    it(`XLIFF ${version}: changes only the edited strings and records the review of every string in the file`, async () => {
      const xml = await exportXliff("en", { version }, dir);
      const before = new Map(namespaces.map((ns) => [ns, readFileSync(join(dir, "en", `${ns}.json`), "utf8")]));
      const edited = editUnit(editUnit(xml, "common:quickExit.label", "Leave this page now"), "law:summaryHeading", "What the law says");
      const result = await importXliff(encode(edited), { reviewer: "Amal N., Example Translations AB", date: "2026-12-05" }, dir);

      expect(result.edited.sort()).toEqual(["common:quickExit.label", "law:summaryHeading"]);
      expect(result.reviewed).toHaveLength(readStrings("sv", dir).size);
      expect(result.stale).toEqual([]);
      // Only the two strings changed, and only the files that hold them.
      const strings = readStrings("en", dir);
      expect(strings.get("common:quickExit.label")).toBe("Leave this page now");
      expect(strings.get("law:summaryHeading")).toBe("What the law says");
      const changedKeys: Record<string, string> = { common: "quickExit.label", law: "summaryHeading" };
      for (const ns of namespaces) {
        const now = readFileSync(join(dir, "en", `${ns}.json`), "utf8");
        if (changedKeys[ns]) {
          const old = flatten(JSON.parse(before.get(ns)!));
          const changed = [...flatten(JSON.parse(now))].filter(([key, value]) => old.get(key) !== value).map(([key]) => key);
          expect(changed, ns).toEqual([changedKeys[ns]]);
        } else {
          expect(now, ns).toBe(before.get(ns));
        }
      }
      const entry = readReviewFile("en", dir)["common:quickExit.label"];
      expect(entry).toEqual({
        source: fingerprint("Lämna sidan snabbt"),
        text: fingerprint("Leave this page now"),
        state: "reviewed",
        by: "Amal N., Example Translations AB",
        at: "2026-12-05",
      });
      expect(JSON.parse(readFileSync(join(dir, "en", "status.json"), "utf8"))).toMatchObject({
        status: "reviewed",
        reviewed: result.reviewed.length,
        draft: 0,
        stale: 0,
        reviewers: ["Amal N., Example Translations AB"],
        lastReviewed: "2026-12-05",
      });
      // Other languages untouched.
      expect(languageState("ar", readStrings("sv", dir), dir).keys.get("common:quickExit.label")).toBe("draft");
      expect(stateProblems(dir)).toEqual([]);
    });
  }

  it("the export carries source, draft, key, where it appears, placeholders to keep and the card limit", async () => {
    const xml = await exportXliff("ar", {}, dir);
    const limit = cardLimits()["young-card"]!.ar!.heading;
    expect(xml).toContain('srcLang="sv" trgLang="ar"');
    expect(xml).toMatch(new RegExp(`<unit id="printables.young-card.heading" slr:sizeRestriction="${limit}">`));
    expect(xml).toContain(`Pocket card (85.6 × 54 mm): at most ${limit} characters.`);
    expect(xml).toContain("<note>Where: /print/young-card");
    expect(xml).toContain("<note>Key: journeys:under-18.call.heading</note>");
    expect(xml).toMatch(/Keep exactly, untranslated: \{\{presses\}\}/);
    expect(xml).toMatch(/SAFETY-CRITICAL \(quick exit\)/);
  });
});

describe("an import is refused, naming the key, and changes nothing", () => {
  async function editedExport(edit: (xml: string) => string, language: "en" | "ar" = "en") {
    const xml = await exportXliff(language, {}, dir);
    const changed = edit(xml);
    expect(changed, "the test's edit must apply").not.toBe(xml);
    return encode(changed);
  }
  const target = (source: string, text: string) => (xml: string) =>
    xml.replace(new RegExp(`(<source>${source}</source>\\s*<target>)[^<]*(</target>)`), `$1${text}$2`);

  it("a missing placeholder", async () => {
    const message = await refusal(await editedExport(target("Shift: tryck \\{\\{presses\\}\\} gånger till för att lämna sidan.", "Press Shift again to leave.")));
    expect(message).toMatch(/common:quickExit\.pressesLeftMany: placeholders differ from Swedish \(missing \{\{presses\}\}\)/);
  });

  it("a typed section reference", async () => {
    const message = await refusal(await editedExport((xml) => editUnit(xml, "law:summaryHeading", "Chapter 6 kap. 11 § of the Penal Code")));
    expect(message).toMatch(/law:summaryHeading: types a law figure "6 kap\."/);
  });

  it("an over-long pocket-card line", async () => {
    const limit = cardLimits()["young-card"]!.en!.lines[0]!;
    const message = await refusal(await editedExport(target("Får du något för sex\\? Den vuxna begår ett brott, inte du.", "x".repeat(limit + 1))));
    expect(message).toContain(`print:printables.young-card.lines.0: ${limit + 1} characters on a pocket card, at most ${limit} fit`);
  });

  it("a file reviewed against an older Swedish source: those keys stay stale and are listed, the rest is imported", async () => {
    const xml = await exportXliff("en", {}, dir);
    setString("sv", "law:title", "Vad säger lagen om sexköp?");
    const edited = xml.replace(/(<source>Vad säger lagen\?<\/source>\s*<target>)[^<]*(<\/target>)/, "$1What does the law say, reviewed$2");
    const result = await importXliff(encode(edited), { reviewer: "Test Reviewer" }, dir);
    expect(result.stale).toEqual(["law:title"]);
    expect(readStrings("en", dir).get("law:title")).toBe("What does the law say?");
    expect(languageState("en", readStrings("sv", dir), dir).keys.get("law:title")).toBe("stale");
    expect(result.reviewed).not.toContain("law:title");
  });

  it("a file for another language, or for a language the site does not have", async () => {
    const english = encode(await exportXliff("en", {}, dir));
    expect(await refusal(english, { language: "ar" })).toContain("the file is for en, not ar");
    const german = await editedExport((xml) => xml.replace('trgLang="en"', 'trgLang="de"'));
    expect(await refusal(german)).toMatch(/target language "de" is not one of the site's translations/);
    const fromEnglish = await editedExport((xml) => xml.replace('srcLang="sv"', 'srcLang="en"'));
    expect(await refusal(fromEnglish)).toContain('source language is "en", not Swedish');
  });

  it("unknown keys and unknown files", async () => {
    const message = await refusal(
      await editedExport((xml) =>
        xml
          .replace('<unit id="siteName">', '<unit id="doesNotExist"><segment><source>x</source><target>y</target></segment></unit>\n<unit id="siteName">')
          .replace('<file id="about">', '<file id="secrets"><unit id="a"><segment><source>x</source><target>y</target></segment></unit></file><file id="about">'),
      ),
    );
    expect(message).toContain("common:doesNotExist: unknown key");
    expect(message).toContain('unknown file/namespace "secrets"');
  });

  it("markup, script and HTML entities in a target", async () => {
    const script = await refusal(await editedExport(target("Lämna sidan snabbt", "&lt;script&gt;alert(1)&lt;/script&gt;Leave")));
    expect(script).toMatch(/common:quickExit\.label: (placeholders differ|contains markup)/);
    const image = await refusal(await editedExport(target("Lämna sidan snabbt", "Leave &lt;img src=x onerror=alert(1)&gt;")));
    expect(image).toContain("common:quickExit.label: contains markup");
    const inline = await refusal(await editedExport(target("Lämna sidan snabbt", 'Leave <pc id="1">now</pc>')));
    expect(inline).toContain("common:quickExit.label: markup (inline elements)");
    const entity = await refusal(await editedExport(target("Lämna sidan snabbt", "Leave &amp;#8238;now")));
    expect(entity).toContain("common:quickExit.label: contains an HTML entity");
    const override = await refusal(await editedExport(target("Lämna sidan snabbt", "Leave \u202Enow")));
    expect(override).toContain("common:quickExit.label: contains a control or bidi override character");
  });

  it("a DOCTYPE, entity expansion (billion laughs) or an external entity", async () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="sv" trgLang="en"><file id="common"><unit id="siteName"><segment><source>Stödlinjer</source><target>&lol3;</target></segment></unit></file></xliff>`;
    expect(await refusal(encode(laughs))).toContain("DOCTYPE or ENTITY");
    const external = laughs.replace(/<!DOCTYPE[\s\S]*?\]>/, '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace("&lol3;", "&xxe;");
    expect(await refusal(encode(external))).toContain("DOCTYPE or ENTITY");
    // An entity used without a declaration is no XML at all.
    const undeclared = laughs.replace(/<!DOCTYPE[\s\S]*?\]>\n/, "");
    expect(await refusal(encode(undeclared))).toContain("not well-formed XLIFF");
  });

  it("a 50 MB file, a broken file, a file that is not UTF-8 or not XLIFF", async () => {
    const huge = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    expect(await refusal(huge)).toContain("file is 50.0 MB; at most 4 MB");
    const xml = await exportXliff("en", {}, dir);
    expect(await refusal(encode(xml.slice(0, xml.length / 2)))).toContain("not well-formed XLIFF");
    expect(await refusal(new Uint8Array([0x3c, 0x78, 0xff, 0xfe, 0x00]))).toContain("not UTF-8");
    expect(await refusal(encode("<html><body>hello</body></html>"))).toContain("not an XLIFF 1.2 or 2.x file");
    expect(await refusal(encode(""))).toContain("not an XLIFF 1.2 or 2.x file");
    const deep = xml.replace("<target>English</target>", `<target>${"<pc id=\"x\">".repeat(5000)}${"</pc>".repeat(5000)}</target>`);
    expect(await refusal(encode(deep))).toContain("elements nested too deeply");
    expect(await refusal(encode(xml), { reviewer: "  " })).toContain("--reviewer must name who reviewed");
    expect(await refusal(encode(xml), { reviewer: "<b>x</b>" })).toContain("--reviewer must name who reviewed");
  });
});

describe("where strings appear and what is safety-critical, read from the code", () => {
  it("places keys on their pages by the namespaces and route parameters the code uses", () => {
    expect(pagesOf("journeys:under-18.call.heading")[0]).toEqual({ path: "/help/under-18", audience: "under-18" });
    expect(pagesOf("print:printables.young-card.heading")[0]).toEqual({ path: "/print/young-card", audience: "under-18" });
    expect(pagesOf("services:kast.name")[0]!.path).toBe("/services/kast");
    expect(pagesOf("law:title")[0]!.path).toBe("/law");
    expect(pagesOf("common:quickExit.label")).toEqual([{ path: "*", audience: "everyone" }]);
    // Every key is placed somewhere.
    expect([...readStrings("sv").keys()].filter((id) => pagesOf(id)[0]!.path === "?")).toEqual([]);
  });

  it("marks the quick exit, 112, the under-18 journey, anonymity and the law as safety-critical", () => {
    const sv = readStrings("sv");
    expect(safetyReasons("common:quickExit.label", sv.get("common:quickExit.label")!)).toContain("quick exit");
    expect(safetyReasons("common:emergency.call", sv.get("common:emergency.call")!)).toContain("112");
    expect(safetyReasons("journeys:under-18.call.heading", sv.get("journeys:under-18.call.heading")!)).toContain("under 18");
    expect(safetyReasons("anonymity:title", sv.get("anonymity:title")!)).toContain("anonymity");
    expect(safetyReasons("law:title", sv.get("law:title")!)).toContain("law");
    expect(safetyReasons("about:title", sv.get("about:title")!)).toEqual([]);
  });

  it("the status report and the review sheet put the safety-critical strings first", () => {
    const report = statusReport(dir);
    const size = readStrings("sv").size;
    expect(report).toMatch(new RegExp(`^ar\\s+0\\s+${size}\\s+0\\s+\\d+$`, "m"));
    expect(report).toContain("safety-critical keys not reviewed");
    const sheet = reviewSheet("ar", dir, "2026-12-04");
    const quickExit = sheet.indexOf("common:quickExit.label");
    const aboutTitle = sheet.indexOf("about:title");
    expect(quickExit).toBeGreaterThan(0);
    expect(aboutTitle).toBeGreaterThan(quickExit);
    expect(sheet.indexOf("All other strings")).toBeLessThan(aboutTitle);
    expect(sheet.indexOf("All other strings")).toBeGreaterThan(sheet.indexOf("journeys:under-18.call.heading"));
    expect(sheet).toContain('<td lang="ar" dir="rtl">');
    expect(sheet).toContain('<td class="reviewer"></td>');
  });

  it("the review sheet escapes what it shows", () => {
    setString("ar", "about:title", "<img src=x onerror=alert(1)>");
    const sheet = reviewSheet("ar", dir, "2026-12-04");
    expect(sheet).not.toContain("<img src=x");
    expect(sheet).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
