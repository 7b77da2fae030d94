import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/i18n";
import { LanguageSwitcher } from "~/components/language-switcher/language-switcher";
import { localizedPath } from "~/utils/language-path";
import * as styles from "./site-header.css";

export function SiteHeader({ language }: { language: Language }) {
  const { t } = useTranslation("common");
  const links = [
    { to: localizedPath(language, "/"), label: t("nav.home"), end: true },
    { to: localizedPath(language, "/services"), label: t("nav.services"), end: false },
    { to: localizedPath(language, "/safety"), label: t("nav.safety"), end: true },
  ];
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <div className={styles.top}>
          <a href={localizedPath(language, "/")} className={styles.siteName}>
            {t("siteName")}
          </a>
          <LanguageSwitcher current={language} />
        </div>
        <p className={styles.tagline}>{t("siteTagline")}</p>
        <nav aria-label={t("nav.label")}>
          <ul className={styles.navList}>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end} className={styles.navLink} reloadDocument>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
