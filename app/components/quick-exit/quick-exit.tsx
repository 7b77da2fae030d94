import { useTranslation } from "react-i18next";
import * as styles from "./quick-exit.css";

interface QuickExitProps {
  /** A neutral page with nothing in its address that points back here. */
  href: string;
}

/**
 * The quick exit, after GOV.UK's "Exit this page": a plain link, so it works with JavaScript off.
 * /quick-exit.js finds it by data-quick-exit and adds the cover, location.replace and Shift×3.
 * rel="noreferrer" keeps the neutral site from learning where the visitor came from.
 */
export function QuickExit({ href }: QuickExitProps) {
  const { t } = useTranslation("common");
  return (
    <a href={href} rel="nofollow noreferrer" className={styles.quickExit} data-quick-exit="">
      {t("quickExit.label")}
    </a>
  );
}
