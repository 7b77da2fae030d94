import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n";
import { LanguageSwitcher } from "~/components/language-switcher/language-switcher";
import { headerPages, pageLabelKey, sitePages, wideHeaderPages, type SitePageId } from "~/data/site-pages";
import { localizedPath } from "~/utils/language-path";
import { Wordmark } from "~/components/wordmark/wordmark";
import * as styles from "./site-header.css";

interface MenuLinksProps {
  language: Language;
  pages: readonly SitePageId[];
  listClass: string;
  linkClass: string;
}

function MenuLinks({ language, pages, listClass, linkClass }: MenuLinksProps) {
  const { t } = useTranslation("common");
  return (
    <ul className={listClass}>
      {pages.map((page) => (
        <li key={page}>
          <NavLink
            to={localizedPath(language, sitePages[page])}
            // Home is current only on itself; a section stays current on its inner pages.
            end={page === "home"}
            className={linkClass}
            reloadDocument
          >
            {t(pageLabelKey(page))}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * The wordmark, the language button and the menu. On a phone everything keeps to one row (the
 * safety bar and header stay within 120 px at 320 px): the menu folds into "Meny", a <details>
 * that opens without JavaScript; open, its panel lies under the row and the buttons stay put.
 * Wide screens show the menu open, in one row, with the tagline; the wordmark is the way home.
 */
export function SiteHeader({ language }: { language: Language }) {
  const { t } = useTranslation("common");
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <div className={styles.top}>
          <a href={localizedPath(language, "/")} className={styles.siteName}>
            <Wordmark name={t("siteName")} />
          </a>
          <LanguageSwitcher current={language} />
          <details className={styles.menu} data-menu="">
            <summary className={styles.toolButton}>
              <svg className={styles.toolIcon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M4 6.5h16M4 12h16M4 17.5h16" />
              </svg>
              <span>{t("menu.button")}</span>
            </summary>
            <nav aria-label={t("nav.label")} className={styles.panel}>
              <MenuLinks language={language} pages={headerPages} listClass={styles.menuList} linkClass={styles.menuLink} />
            </nav>
          </details>
        </div>
        <p className={styles.tagline}>{t("siteTagline")}</p>
        <nav aria-label={t("nav.label")} className={styles.wideNav}>
          <MenuLinks language={language} pages={wideHeaderPages} listClass={styles.navList} linkClass={styles.navLink} />
        </nav>
      </div>
    </header>
  );
}
