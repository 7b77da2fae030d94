import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LanguageLink } from "~/components/language-link/language-link";
import { supportedLanguages, type Language } from "~/i18n";
import { switchLanguagePath } from "~/utils/language-path";
import * as styles from "./language-switcher.css";

/**
 * Every language by its own name, each link leading to this same page in that language. A
 * disclosure (<details>) keeps thirteen names out of the way at 320 px and opens without
 * JavaScript. Its label is also given in English, the language most often shared with a reader
 * who cannot read the page. lang/hreflang let screen readers pronounce each name right. On a
 * phone the button shows a globe and the current language's own name; the label is still its name.
 */
export function LanguageSwitcher({ current }: { current: Language }) {
  const { t, i18n } = useTranslation("common");
  const { pathname, search } = useLocation();
  const label = t("languageSwitcher.label");
  const english = i18n.getFixedT("en", "common")("languageSwitcher.label");
  return (
    <details className={styles.details} data-language-switcher="">
      <summary className={styles.summary}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9.25" />
          <path d="M2.75 12h18.5M12 2.75c2.6 2.7 3.9 5.8 3.9 9.25s-1.3 6.55-3.9 9.25c-2.6-2.7-3.9-5.8-3.9-9.25S9.4 5.45 12 2.75z" />
        </svg>
        <span className={styles.label}>
          {label}
          {english !== label ? (
            <span lang="en" className={styles.english}>
              {english}
            </span>
          ) : null}
        </span>
        <span className={styles.current}>
          {t("languageName")}
        </span>
      </summary>
      <nav aria-label={label} className={styles.panel}>
        <ul className={styles.list}>
          {supportedLanguages.map((language) => (
            <li key={language}>
              <LanguageLink
                language={language}
                href={switchLanguagePath(pathname, search, language)}
                className={styles.link}
                current={language === current}
              />
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
