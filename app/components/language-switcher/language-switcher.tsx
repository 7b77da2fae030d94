import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { supportedLanguages, textDirection, type Language } from "~/i18n";
import { switchLanguagePath } from "~/utils/language-path";
import * as styles from "./language-switcher.css";

/**
 * Every language by its own name, each link leading to this same page in that language.
 * lang/hreflang let screen readers pronounce each name right.
 */
export function LanguageSwitcher({ current }: { current: Language }) {
  const { t, i18n } = useTranslation("common");
  const { pathname, search } = useLocation();
  return (
    <nav aria-label={t("languageSwitcher.label")}>
      <ul className={styles.list}>
        {supportedLanguages.map((language) => (
          <li key={language}>
            <a
              className={styles.link}
              href={switchLanguagePath(pathname, search, language)}
              lang={language}
              hrefLang={language}
              dir={textDirection(language)}
              aria-current={language === current ? "true" : undefined}
            >
              {i18n.getFixedT(language, "common")("languageName")}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
