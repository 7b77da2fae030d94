import { useTranslation } from "react-i18next";
import { LanguageLink } from "~/components/language-link/language-link";
import { supportedLanguages } from "~/i18n";
import { localizedPath } from "~/utils/language-path";
import * as styles from "./print-links.css";

/**
 * One printable (a poster or a card) offered in every language, each named in its own language,
 * so that a professional can print a card in the language the person in front of them reads.
 */
export function PrintLinks({ printableId }: { printableId: string }) {
  const { t } = useTranslation("campaigns");
  return (
    <div className={styles.group}>
      <h3 className={styles.title}>{t(`printables.${printableId}.title`)}</h3>
      <p className={styles.intro}>{t("journeys:cardsLanguages")}</p>
      <ul className={styles.list}>
        {supportedLanguages.map((language) => (
          <li key={language}>
            <LanguageLink
              language={language}
              href={localizedPath(language, `/print/${printableId}`)}
              className={styles.link}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
