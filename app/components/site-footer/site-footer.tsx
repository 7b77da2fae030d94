import { useTranslation } from "react-i18next";
import { footerPages, pageLabelKey, sitePages } from "~/data/site-pages";
import type { Language } from "~/i18n";
import { localizedPath } from "~/utils/language-path";
import { PublisherLine, type Publisher } from "~/components/publisher-line/publisher-line";
import * as styles from "./site-footer.css";

export function SiteFooter({ language, publisher }: { language: Language; publisher: Publisher | null }) {
  const { t } = useTranslation("common");
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <PublisherLine publisher={publisher} className={styles.publisher} />
        <p>{t("footer.about")}</p>
        <p>{t("footer.privacy")}</p>
        <p>{t("footer.factsNote")}</p>
        <nav aria-label={t("footer.linksLabel")}>
          <ul className={styles.links}>
            {footerPages.map((page) => (
              <li key={page}>
                <a href={localizedPath(language, sitePages[page])} className={styles.link}>
                  {t(pageLabelKey(page))}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
