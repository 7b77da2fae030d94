import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n";
import { localizedPath } from "~/utils/language-path";
import * as styles from "./site-footer.css";

export function SiteFooter({ language }: { language: Language }) {
  const { t } = useTranslation("common");
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>{t("footer.about")}</p>
        <p>{t("footer.privacy")}</p>
        <p>{t("footer.factsNote")}</p>
        <p>
          <a href={localizedPath(language, "/open-data")}>{t("footer.openData")}</a>
        </p>
      </div>
    </footer>
  );
}
