import { useTranslation } from "react-i18next";
import * as styles from "./contents-list.css";

export interface ContentsItem {
  /** The id of the section's heading. */
  id: string;
  label: string;
}

/**
 * GOV.UK's "Contents" at the top of a long page: a link to each section's heading, so a reader on a
 * phone does not scroll ten screens to find "Vad säger lagen?". The links are in-page anchors and
 * need no script; `scroll-padding` keeps the heading clear of the sticky bar.
 */
export function ContentsList({ items }: { items: readonly ContentsItem[] }) {
  const { t } = useTranslation("common");
  if (items.length === 0) return null;
  return (
    <nav aria-labelledby="contents-heading" className={styles.nav} data-contents="">
      <h2 id="contents-heading" className={styles.heading}>
        {t("contents")}
      </h2>
      <ol className={styles.list}>
        {items.map(({ id, label }) => (
          <li key={id} className={styles.item}>
            <a href={`#${id}`} className={styles.link}>
              {label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
