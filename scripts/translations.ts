/**
 * `npm run translations [-- <command> …]`: the translation review workflow (README "How a
 * translation is reviewed"). Commands:
 *
 *   (none) | status [--all]         per language: reviewed / draft / stale, safety-critical keys not reviewed
 *   export <lng> [--format xliff2|xliff12] [--only law:,journeys:under-18.] [--unreviewed] [--out FILE]
 *                                    (files go to translations/, which git ignores)
 *   import <file> --reviewer "Name, organisation" [--date YYYY-MM-DD] [--language <lng>]
 *   sheet <lng> [--out FILE]           printable HTML review sheet
 *   sync                             record new keys as drafts, drop removed ones, derive status.json
 *   redraft <lng|all> <key or prefix>…  drafts rewritten for a changed Swedish string: no longer stale
 *   baseline [--discard-reviews]     every string an unreviewed draft of today's Swedish
 *   check                            exit 1 when the state files do not describe the locales
 *   measure-cards [--port N]         measure pocket-card limits (needs npm run build)
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { writeCardLimits } from "./measure-card-limits";
import { reviewSheet } from "./lib/translations/sheet";
import { exportXliff, importXliff, ImportRefused, MAX_IMPORT_BYTES } from "./lib/translations/xliff";
import { isTargetLanguage, languageList, redraft, stateProblems, statusReport, syncState } from "./lib/translations/workflow";

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith("--")) throw new Error(`${name} needs a value`);
  args.splice(at, 2);
  return value;
}

function flag(args: string[], name: string): boolean {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
}

function targetLanguage(value: string | undefined) {
  if (!value || !isTargetLanguage(value)) throw new Error(`name a translated language (${value ?? "none given"} is not one)`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  const command = args.shift() ?? "status";
  switch (command) {
    case "status":
      process.stdout.write(statusReport(undefined, { all: flag(args, "--all") }));
      return 0;
    case "check": {
      const problems = stateProblems();
      if (!problems.length) {
        console.log("review state matches the locales");
        return 0;
      }
      console.error(`${problems.join("\n")}\nRun: npm run translations -- sync`);
      return 1;
    }
    case "sync":
    case "baseline": {
      const result = syncState(command, undefined, { discardReviews: flag(args, "--discard-reviews") });
      const added = Object.values(result.added).reduce((a, b) => a + b, 0);
      const removed = Object.values(result.removed).reduce((a, b) => a + b, 0);
      console.log(
        command === "baseline"
          ? `baseline: ${added} strings in ${Object.keys(result.added).length} languages recorded as unreviewed drafts of today's Swedish`
          : `sync: ${added} new strings recorded as drafts, ${removed} entries of removed keys dropped; status.json derived`,
      );
      return 0;
    }
    case "redraft": {
      const languages = languageList(args.shift() ?? "");
      const changed = redraft(languages, args);
      console.log(`redraft: ${changed.length} strings recorded as drafts of today's Swedish`);
      return 0;
    }
    case "export": {
      const language = targetLanguage(args.shift());
      const format = option(args, "--format") ?? "xliff2";
      if (format !== "xliff2" && format !== "xliff12") throw new Error("--format is xliff2 or xliff12");
      const only = option(args, "--only")?.split(",").filter(Boolean);
      const unreviewed = flag(args, "--unreviewed");
      const out = option(args, "--out") ?? `translations/stodlinjer-${language}${format === "xliff2" ? "" : ".xliff12"}.xlf`;
      mkdirSync(dirname(out), { recursive: true });
      const xml = await exportXliff(language, { version: format === "xliff2" ? "2.0" : "1.2", only, unreviewed });
      writeFileSync(out, xml);
      const units = (xml.match(format === "xliff2" ? /<unit\b/g : /<trans-unit\b/g) ?? []).length;
      console.log(`export: ${units} strings of ${language} to ${out} (XLIFF ${format === "xliff2" ? "2.0" : "1.2"})`);
      return 0;
    }
    case "import": {
      const file = args.shift();
      if (!file) throw new Error("name the file to import");
      const reviewer = option(args, "--reviewer");
      if (!reviewer) throw new Error('--reviewer "Name, organisation" is required: a review records who made it');
      const date = option(args, "--date");
      const language = option(args, "--language");
      // Refuse a huge file before reading it.
      if (statSync(file).size > MAX_IMPORT_BYTES) {
        throw new ImportRefused([`file is ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB`]);
      }
      const result = await importXliff(readFileSync(file), {
        reviewer,
        date,
        language: language ? targetLanguage(language) : undefined,
      });
      console.log(
        `import ${result.language}: ${result.reviewed.length} strings recorded as reviewed by ${reviewer}, ${result.edited.length} of them changed`,
      );
      for (const id of result.edited) console.log(`  changed ${id}`);
      if (result.stale.length) {
        console.error(
          `refused ${result.stale.length} strings reviewed against an older Swedish text (they stay stale; export again and review the new Swedish):`,
        );
        for (const id of result.stale) console.error(`  stale ${id}`);
        return 2;
      }
      return 0;
    }
    case "sheet": {
      const language = targetLanguage(args.shift());
      const out = option(args, "--out") ?? `translations/review-sheet-${language}.html`;
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, reviewSheet(language));
      console.log(`sheet: ${out} (open it in a browser; it prints on A4 landscape)`);
      return 0;
    }
    case "measure-cards":
      await writeCardLimits(Number(option(args, "--port") ?? 4790));
      return 0;
    default:
      throw new Error(`unknown command ${command}; see scripts/translations.ts`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ImportRefused ? error.message : `translations: ${(error as Error).message}`);
    process.exit(1);
  },
);
