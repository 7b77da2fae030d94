import { textDirection } from "~/i18n";
import { languageTag } from "~/utils/language-tag";
import { localesDir, readNamespace, type TargetLanguage } from "~/utils/translation-state.server";
import { cardLimit } from "./card-limits";
import { placeholders } from "./rules";
import { reviewRows, type Row } from "./workflow";

/**
 * A review sheet that needs no tools: one HTML page per language to open in a browser or print,
 * with the Swedish, the draft and an empty column for the reviewer, grouped by page, the
 * safety-critical strings first. Corrections written on it are typed in by a developer (or the
 * reviewer uses the XLIFF export), then imported with the reviewer's name.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STATE_LABEL: Record<string, string> = {
  reviewed: "reviewed",
  draft: "draft",
  untracked: "draft",
  stale: "STALE: Swedish changed; translate anew",
};

function pageTitle(path: string): string {
  if (path === "*") return "Every page: safety bar, header, footer";
  if (path === "?") return "Not placed on a page by the code scan";
  return path;
}

function rowHtml(row: Row, language: TargetLanguage, index: number): string {
  const keep = [...new Set(placeholders(row.swedish))];
  const limit = cardLimit(language, row.id);
  const facts = [
    `<code>${escapeHtml(row.id)}</code>`,
    row.safety.length ? `<strong>safety-critical: ${escapeHtml(row.safety.join(", "))}</strong>` : "",
    keep.length ? `keep: <code>${escapeHtml(keep.join(" "))}</code>` : "",
    limit !== null ? `card: ≤ ${limit} characters (now ${[...row.text].length})` : "",
    `<span class="state-${row.state}">${STATE_LABEL[row.state]}</span>`,
  ].filter(Boolean);
  return `<tr>
  <td class="n">${index}</td>
  <td lang="sv">${escapeHtml(row.swedish)}<div class="facts">${facts.join(" · ")}</div></td>
  <td lang="${languageTag(language)}" dir="${textDirection(language)}">${escapeHtml(row.text)}</td>
  <td class="reviewer"></td>
</tr>`;
}

export function reviewSheet(language: TargetLanguage, dir = localesDir(), date = new Date().toISOString().slice(0, 10)): string {
  const rows = reviewRows(language, dir);
  const name = String((readNamespace(language, "common", dir) as { languageName?: string }).languageName ?? language);
  const critical = rows.filter((row) => row.safety.length > 0);
  const rest = rows.filter((row) => row.safety.length === 0);
  let index = 0;
  const section = (title: string, list: Row[]) => {
    const pages = [...new Set(list.map((row) => row.page))];
    return `<h2>${escapeHtml(title)} (${list.length})</h2>\n${pages
      .map((page) => {
        const pageRows = list.filter((row) => row.page === page);
        return `<table>
<caption>${escapeHtml(pageTitle(page))}</caption>
<thead><tr><th class="n">#</th><th>Svenska (original)</th><th>${escapeHtml(name)} (draft)</th><th>Reviewer: OK, or the corrected text</th></tr></thead>
<tbody>
${pageRows.map((row) => rowHtml(row, language, (index += 1))).join("\n")}
</tbody>
</table>`;
      })
      .join("\n")}`;
  };
  const counts = {
    reviewed: rows.filter((row) => row.state === "reviewed").length,
    stale: rows.filter((row) => row.state === "stale").length,
  };
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review sheet: ${escapeHtml(name)} (${escapeHtml(language)}), Stödlinjer</title>
<style>
  body { font: 11pt/1.4 system-ui, "Noto Sans", sans-serif; margin: 1.5rem; color: #111; }
  table { width: 100%; border-collapse: collapse; margin-block-end: 1.2rem; page-break-inside: auto; }
  caption { text-align: start; font-weight: bold; padding: .4rem 0; }
  th, td { border: 1px solid #777; padding: .35rem .5rem; vertical-align: top; text-align: start; }
  tr { page-break-inside: avoid; }
  th { background: #eee; }
  td.n, th.n { width: 2.5em; color: #555; }
  td.reviewer { width: 30%; }
  .facts { font-size: 8.5pt; color: #444; margin-block-start: .3rem; }
  .state-stale { color: #a00; font-weight: bold; }
  .state-reviewed { color: #060; }
  @page { size: A4 landscape; margin: 12mm; }
</style>
</head>
<body>
<h1>Review sheet: ${escapeHtml(name)} (${escapeHtml(language)})</h1>
<p>Stödlinjer, ${escapeHtml(date)}. ${rows.length} strings: ${counts.reviewed} reviewed, ${counts.stale} stale, ${rows.length - counts.reviewed - counts.stale} drafts.
Safety-critical strings first, then the rest, each grouped by the page it appears on.</p>
<p>For each row: read the Swedish, then the draft. Write <strong>OK</strong> in the last column if the draft says the same, in the
register public services use, addressing women and men alike; otherwise write the corrected text. Keep every
<code>{{placeholder}}</code> and <code>&lt;tag&gt;</code> exactly as it is: numbers, law sections and dates are filled in by the site.
A STALE row means the Swedish changed after the draft was made: translate the Swedish anew.</p>
<p>Reviewer's name or organisation (as it may be published): ________________________________ Date: ______________</p>
${section("Safety-critical: quick exit, 112, under 18, anonymity, the law", critical)}
${section("All other strings", rest)}
</body>
</html>
`;
}
