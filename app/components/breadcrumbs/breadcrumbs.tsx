import { useTranslation } from "react-i18next";
import { pageLabelKey, sitePages, type SitePageId } from "~/data/site-pages";
import type { Language } from "~/i18n";
import { localizedPath } from "~/utils/language-path";
import * as styles from "./breadcrumbs.css";

export interface Crumb {
  href: string;
  label: string;
}

interface BreadcrumbsProps {
  language: Language;
  /** Pages between home and this one (home is always first). */
  trail?: (SitePageId | Crumb)[];
  /** This page's own name: shown last, not a link. */
  current: string;
}

/**
 * "Home › The law › …": where an inner page sits; hidden in print. The last crumb, this page's own
 * name, is the <h1> that follows word for word: screen readers skip it (aria-hidden) and hear the
 * heading once, one stop sooner to the page's first number.
 */
export function Breadcrumbs({ language, trail = [], current }: BreadcrumbsProps) {
  const { t } = useTranslation("common");
  const crumbs: Crumb[] = ["home" as const, ...trail].map((item) =>
    typeof item === "string" ? { href: localizedPath(language, sitePages[item]), label: t(pageLabelKey(item)) } : item
  );
  return (
    <nav aria-label={t("breadcrumbs.label")} className={styles.nav}>
      <ol className={styles.list}>
        {crumbs.map((crumb) => (
          <li key={crumb.href} className={styles.item}>
            <a href={crumb.href} className={styles.link}>
              {crumb.label}
            </a>
          </li>
        ))}
        <li className={`${styles.item} ${styles.current}`} aria-current="page" aria-hidden="true">
          {current}
        </li>
      </ol>
    </nav>
  );
}
