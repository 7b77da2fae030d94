import { Fragment, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { swedishNames } from "~/data/swedish-names";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A Swedish name standing as a word of its own (not inside another word), in any script around it. */
const namePattern = new RegExp(`(?<![\\p{L}\\p{N}])(${swedishNames.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");

/** Languages written in Swedish: no name needs marking there. */
const SWEDISH = new Set(["sv", "lattlast"]);

/**
 * Splits a translated text around the Swedish names in it, marking each lang="sv" (see
 * app/data/swedish-names.ts). Pure, for tests; MarkedText is the component.
 */
export function markSwedishNames(text: string, language: string): ReactNode[] {
  if (SWEDISH.has(language)) return [text];
  const parts = text.split(namePattern);
  // split() with one capture group: even indexes are the text between names, odd ones the names.
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} lang="sv">
        {part}
      </span>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    )
  );
}

/** A translated string whose Swedish names are read in a Swedish voice. */
export function MarkedText({ children }: { children: string }) {
  const { i18n } = useTranslation();
  return <>{markSwedishNames(children, i18n.language)}</>;
}
