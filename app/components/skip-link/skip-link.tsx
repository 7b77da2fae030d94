import { useTranslation } from "react-i18next";
import * as styles from "./skip-link.css";

/** First focusable element: jumps past the safety bar and header to the page's <main>. */
export function SkipLink() {
  const { t } = useTranslation("common");
  return (
    <a href="#main" className={styles.skipLink}>
      {t("skipLink")}
    </a>
  );
}
