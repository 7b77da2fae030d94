import { useTranslation } from "react-i18next";
import * as styles from "./quick-exit.css";

interface QuickExitProps {
  /** A neutral page with nothing in its address that points back here. */
  href: string;
}

/** Shift presses needed to leave (public/quick-exit.js counts them). */
const PRESSES = 3;

/**
 * The quick exit, after GOV.UK's "Exit this page": a plain link, so it works with JavaScript off.
 * /quick-exit.js finds it by data-quick-exit and adds the cover, location.replace and Shift×3.
 * rel="noreferrer" keeps the neutral site from learning where the visitor came from.
 * A visually hidden prefix ("Nödläge") says its purpose to screen readers; the messages the
 * script announces in the live region after each Shift press are rendered here, in the page's
 * language, because the script has no translations of its own. So is the shortcut's note: the
 * script links it to the button (aria-describedby) and shows it on keyboard focus, so only a page
 * where Shift×3 works tells of it.
 */
export function QuickExit({ href }: QuickExitProps) {
  const { t } = useTranslation("common");
  return (
    <>
      <a
        href={href}
        rel="nofollow noreferrer"
        className={styles.quickExit}
        data-quick-exit=""
        data-msg-2={t("quickExit.pressesLeftMany", { presses: PRESSES - 1 })}
        data-msg-1={t("quickExit.pressesLeftOne", { presses: 1 })}
        data-msg-reset={t("quickExit.pressesReset", { presses: PRESSES })}
      >
        <span className="visually-hidden">{t("quickExit.prefix")} </span>
        {t("quickExit.label")}
        <span className={styles.dots} aria-hidden="true">
          <span className={styles.dot} />
          <span className={styles.dot} />
          <span className={styles.dot} />
        </span>
      </a>
      <span id="quick-exit-hint" className={styles.hint} data-quick-exit-hint="">
        {t("quickExit.shortcut", { presses: PRESSES })}
      </span>
      <span className="visually-hidden" aria-live="polite" data-quick-exit-status="" />
    </>
  );
}
