import { useTranslation } from "react-i18next";
import { QuickExit } from "~/components/quick-exit/quick-exit";
import * as styles from "./safety-bar.css";

interface SafetyBarProps {
  quickExitUrl: string;
}

/**
 * The two things every page must offer at once: call 112, and leave quickly. No <p> in the bar:
 * with WCAG 1.4.12 text spacing a paragraph's spacing would make the sticky bar grow over content.
 */
export function SafetyBar({ quickExitUrl }: SafetyBarProps) {
  const { t } = useTranslation("common");
  return (
    <div className={styles.bar} data-safety-bar="">
      <div className={styles.inner}>
        <div className={styles.emergency}>
          <span className={styles.question}>{t("emergency.question")}</span>
          <a href="tel:112" className={styles.emergencyLink}>
            {t("emergency.call")}
          </a>
        </div>
        <QuickExit href={quickExitUrl} />
      </div>
    </div>
  );
}
