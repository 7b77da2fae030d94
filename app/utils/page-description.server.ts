import { isAudienceId } from "~/data/audiences";
import { COUNTY_OFFER_STATUS_YEAR, municipalities } from "~/data/municipalities";
import { findPrintable, isCampaignId } from "~/data/printables";
import { findService } from "~/directory/directory.server";
import { fixedT } from "~/i18next.server";
import type { Language } from "~/i18n";

/** Search engines show about this many characters of a description. */
export const DESCRIPTION_MAX = 160;

/**
 * A page's own <meta name="description">, taken from its copy (its lead, a journey's intro, a
 * service's summary, a municipality's status line, a printable's title and first line), so that
 * no two pages of a language share one. An address no page answers gets the site's description.
 * `path` is without the language prefix ("/law", "/help/selling", "/").
 */
export function pageDescription(language: Language, path: string): string {
  const t = fixedT(language, "common");
  const [, section = "", item, ...rest] = path.split("/");
  const text = rest.length > 0 ? null : copyFor(language, section, item);
  return summarize(text ?? t("metaDescription"));
}

/** How a sentence ends before the next, where it is not ". " (Thai separates by a space). */
const FULL_STOP: Partial<Record<Language, string>> = { th: " ", ti: "። " };

/** The pages of plain copy whose description is their lead. */
const LEADS: Record<string, string> = {
  law: "law:lead",
  anonymity: "anonymity:lead",
  about: "about:lead",
  privacy: "privacy:lead",
  accessibility: "accessibility:lead",
  safety: "safety:lead",
  "open-data": "opendata:lead",
};

function copyFor(language: Language, section: string, item: string | undefined): string | null {
  const t = fixedT(language, "common");
  if (item === undefined) {
    if (section === "") return t("home:lead");
    if (section === "services") return t("services:listIntro");
    if (section === "campaigns") return t("campaigns:indexLead");
    if (section === "municipalities") return t("municipalities:lead", { year: COUNTY_OFFER_STATUS_YEAR });
    if (section === "print") return t("print:hub.lead");
    const lead = LEADS[section];
    return lead ? t(lead) : null;
  }
  if (section === "help" && isAudienceId(item)) return t(`audiences:${item}.intro`);
  if (section === "services") {
    const service = findService(item);
    return service ? t(`services:${service.id}.summary`) : null;
  }
  if (section === "campaigns" && isCampaignId(item)) return t(`campaigns:${item}.lead`);
  if (section === "municipalities") {
    const municipality = municipalities.find((entry) => entry.slug === item);
    if (!municipality) return null;
    const status = t(`municipalities:statusText.${municipality.status}`, {
      name: municipality.name,
      year: COUNTY_OFFER_STATUS_YEAR,
    });
    return `${t("municipalities:municipalityTitle", { name: municipality.name })}. ${status}`;
  }
  if (section === "print") {
    const printable = findPrintable(item);
    if (!printable) return null;
    const lines = t(`print:printables.${printable.id}.lines`, { returnObjects: true }) as string[];
    return `${t(`print:printables.${printable.id}.title`)}${FULL_STOP[language] ?? ". "}${lines.join(" ")}`;
  }
  return null;
}

/**
 * Plain text of at most `max` characters: markup dropped, whole sentences while they fit; a first
 * sentence longer than that is cut at a word space, with an ellipsis. Thai writes no full stops:
 * its phrases end at spaces, which serve as the cut.
 */
export function summarize(text: string, max = DESCRIPTION_MAX): string {
  const plain = text
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (plain.length <= max) return plain;
  const sentences = plain.split(/(?<=[.!?؟።])\s+/);
  let kept = "";
  for (const sentence of sentences) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    if (next.length > max) break;
    kept = next;
  }
  if (kept) return kept;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, "")}…`;
}
