import { useTranslation } from "react-i18next";
import { WordmarkIcon } from "~/components/wordmark/wordmark";
import type { PrintFormat } from "~/data/printables";
import * as styles from "./printable-thumbnail.css";

/**
 * A small picture of a poster or card for the print hub: the band, the heading, the first number
 * and where the QR code sits, in proportion (A4 upright, a card lying down). Decoration only: the
 * link beside it says what it is.
 */
export function PrintableThumbnail({ id, format, number }: { id: string; format: PrintFormat; number: string | null }) {
  const { t } = useTranslation("print");
  return (
    <div className={format === "poster" ? styles.poster : styles.card} aria-hidden="true" data-thumbnail={format}>
      <div className={styles.band}>
        <WordmarkIcon className={styles.mark} />
      </div>
      <p className={styles.heading}>{t(`printables.${id}.heading`)}</p>
      {number ? (
        <p className={styles.number} dir="ltr">
          {number}
        </p>
      ) : null}
      <svg className={styles.qr} viewBox="0 0 7 7">
        <path d="M0 0h3v3H0zM4 0h3v3H4zM0 4h3v3H0zM4 4h1v1H4zM6 4h1v1H6zM5 5h1v1H5zM4 6h1v1H4zM6 6h1v1H6z" />
      </svg>
    </div>
  );
}
