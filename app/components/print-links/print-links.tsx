import { useTranslation } from "react-i18next";
import { LanguageLink } from "~/components/language-link/language-link";
import { sitePages } from "~/data/site-pages";
import { supportedLanguages, type Language } from "~/i18n";
import { localizedPath } from "~/utils/language-path";
import * as styles from "./print-links.css";

/**
 * One printable (a poster or a card) offered in every language, each named in its own language,
 * so that a professional can print a card in the language the person in front of them reads.
 */
interface PrintableLanguageListProps {
  printableId: string;
  className?: string;
  linkClassName?: string;
  /** The page's language, marked as the current one. */
  current?: Language;
  labelledBy?: string;
}

/** One printable's print-ready page in every language, each named in its own language. */
export function PrintableLanguageList({
  printableId,
  className,
  linkClassName,
  current,
  labelledBy,
}: PrintableLanguageListProps) {
  return (
    <ul className={className} aria-labelledby={labelledBy}>
      {supportedLanguages.map((language) => (
        <li key={language}>
          <LanguageLink
            language={language}
            href={localizedPath(language, `/print/${printableId}`)}
            className={linkClassName}
            current={language === current}
          />
        </li>
      ))}
    </ul>
  );
}

export function PrintLinks({ printableId }: { printableId: string }) {
  const { t } = useTranslation("campaigns");
  return (
    <div className={styles.group}>
      <h3 className={styles.title}>{t(`print:printables.${printableId}.title`)}</h3>
      <p className={styles.intro}>{t("journeys:cardsLanguages")}</p>
      <PrintableLanguageList printableId={printableId} className={styles.list} linkClassName={styles.link} />
    </div>
  );
}

/** "Material to print": the way to the print hub, from the professionals' journey and the campaigns. */
export function PrintHubLink({ language, placement }: { language: Language; placement?: "wide" | "narrow" }) {
  const { t } = useTranslation("print");
  const shown = placement === "wide" ? styles.onlyWide : placement === "narrow" ? styles.onlyNarrow : undefined;
  return (
    <p className={shown ? `${styles.hubLink} ${shown}` : styles.hubLink}>
      <a href={localizedPath(language, sitePages.print)} className={styles.hubAnchor} data-print-hub-link>
        <svg className={styles.hubIcon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M7 8V3h10v5M7 17H5a2 2 0 0 1-2-2v-5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v5a2 2 0 0 1-2 2h-2M7 14h10v7H7z"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
          />
        </svg>
        <span>{t("hubLink")}</span>
      </a>
    </p>
  );
}
