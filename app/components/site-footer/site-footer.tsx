import { useTranslation } from "react-i18next";
import * as styles from "./site-footer.css";

export function SiteFooter() {
  const { t } = useTranslation("common");
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>{t("footer.about")}</p>
        <p>{t("footer.privacy")}</p>
        <p>{t("footer.factsNote")}</p>
      </div>
    </footer>
  );
}
