import { useTranslation } from "react-i18next";
import { supportedLanguages, textDirection } from "~/i18n";
import { hreflangOf, langAttributeOf } from "~/utils/language-tag";
import * as styles from "./print-links.css";

/**
 * One printable (a poster or a card) offered in every language, each named in its own language,
 * so that a professional can print a card in the language the person in front of them reads.
 */
export function PrintLinks({ printableId }: { printableId: string }) {
  const { t, i18n } = useTranslation("campaigns");
  return (
    <div className={styles.group}>
      <h3 className={styles.title}>{t(`printables.${printableId}.title`)}</h3>
      <p className={styles.intro}>{t("journeys:cardsLanguages")}</p>
      <ul className={styles.list}>
        {supportedLanguages.map((language) => (
          <li key={language}>
            <a
              className={styles.link}
              href={`/${language}/print/${printableId}`}
              lang={langAttributeOf(language)}
              hrefLang={hreflangOf(language)}
              dir={textDirection(language)}
            >
              {i18n.getFixedT(language, "common")("languageName")}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
