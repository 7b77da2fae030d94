import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { supportedLanguages, type Language } from "~/i18n";

/**
 * Whether each translation has been checked by a native speaker, from locales/<lng>/status.json
 * (machine-readable, so a reviewer can find the drafts and sign them off there). A draft shows a
 * short, honest note on every page with a link to the Swedish original.
 */
export const translationStatusSchema = z.object({
  /** "source": the original (Swedish); "draft": not yet reviewed; "reviewed": signed off. */
  status: z.enum(["source", "draft", "reviewed"]),
  /** Who drafted it, e.g. "AI draft" or a translator's organisation. */
  draftedBy: z.string().min(1),
  drafted: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Filled in by the reviewer: name or organisation, and the date. */
  reviewedBy: z.string().min(1).nullable(),
  reviewed: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
});
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

const localesDir = process.env.LOCALES_DIR ?? join(process.cwd(), "locales");

const statuses = new Map<Language, TranslationStatus>(
  supportedLanguages.map((language) => [
    language,
    translationStatusSchema.parse(JSON.parse(readFileSync(join(localesDir, language, "status.json"), "utf8"))),
  ])
);

/** True when the page's text is the original or a translation a native speaker has checked. */
export function isTranslationReviewed(language: Language): boolean {
  return statuses.get(language)?.status !== "draft";
}
