import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n";
import { LanguageSwitcher } from "~/components/language-switcher/language-switcher";
import { headerPages, pageLabelKey, sitePages } from "~/data/site-pages";
import { localizedPath } from "~/utils/language-path";
import { Wordmark } from "~/components/wordmark/wordmark";
import * as styles from "./site-header.css";

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
        </div>
        <p className={styles.tagline}>{t("siteTagline")}</p>
        <nav aria-label={t("nav.label")}>
          <ul className={styles.navList}>
            {headerPages.map((page) => (
              <li key={page}>
                <NavLink
                  to={localizedPath(language, sitePages[page])}
                  // Home is current only on itself; a section stays current on its inner pages.
                  end={page === "home"}
                  className={styles.navLink}
                  reloadDocument
                >
                  {t(pageLabelKey(page))}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
