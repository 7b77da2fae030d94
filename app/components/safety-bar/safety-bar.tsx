import { useTranslation } from "react-i18next";
import { QuickExit } from "~/components/quick-exit/quick-exit";
import * as styles from "./safety-bar.css";

interface SafetyBarProps {
  quickExitUrl: string;
}

/**
 * The two things every page must offer at once: call 112, and leave quickly. No <p> in the bar:
 * with WCAG 1.4.12 text spacing a paragraph's spacing would make the sticky bar grow over content.
 * A labelled region, so that nothing on the page lies outside a landmark; "In danger?" is part of
 * the 112 link, so a screen reader hears the bar in two stops, not three, before the header.
 */
export function SafetyBar({ quickExitUrl }: SafetyBarProps) {
  const { t } = useTranslation("common");
  return (
    <section className={styles.bar} aria-label={t("emergency.region")} data-safety-bar="">
      <div className={styles.inner}>
        <a href="tel:112" className={styles.emergencyLink}>
          <span className={styles.question}>{t("emergency.question")} </span>
          <span className={styles.call}>{t("emergency.call")}</span>
        </a>
        <QuickExit href={quickExitUrl} />
      </div>
    </section>
  );
}
