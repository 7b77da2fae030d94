import { useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { defaultLanguage } from "~/i18n";
import { switchLanguagePath } from "~/utils/language-path";
import * as styles from "./translation-note.css";

/**
 * On a translation not yet checked by a native speaker: say so, and link the Swedish original. The
 * link's words are in the page's language, so it has no lang of its own; hreflang says where it goes.
 */
export function TranslationNote() {
  const { t } = useTranslation("common");
  const { pathname, search } = useLocation();
  return (
    <p className={styles.note} data-translation-note>
      {t("translation.unreviewed")}{" "}
      <a href={switchLanguagePath(pathname, search, defaultLanguage)} hrefLang="sv" className={styles.link}>
        {t("translation.original")}
      </a>
    </p>
  );
}
