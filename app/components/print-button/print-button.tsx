import { strokeIcon } from "~/styles/icon.css";
import * as styles from "./print-button.css";

/**
 * "Print the poster": a real button that opens the browser's print dialog. It needs JavaScript,
 * so it is rendered hidden and /quick-exit.js (the site's one script) shows it and gives it its
 * click; without JavaScript it stays hidden and the written instructions beside it remain.
 */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={styles.button} data-print-button="" hidden>
      <svg className={strokeIcon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M7 9V3.75h10V9M7 17.5H4.75V10.5a1.5 1.5 0 0 1 1.5-1.5h11.5a1.5 1.5 0 0 1 1.5 1.5v7H17" />
        <path d="M7 14h10v6.25H7z" />
      </svg>
      {label}
    </button>
  );
}
