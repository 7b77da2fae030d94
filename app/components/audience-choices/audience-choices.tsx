import { useTranslation } from "react-i18next";
import { audienceIds } from "~/data/audiences";
import type { Language } from "~/i18n";
import { localizedPath } from "~/utils/language-path";
import * as styles from "./audience-choices.css";

/** "Who are you?": one tap to the page for each audience. */
export function AudienceChoices({ language }: { language: Language }) {
  const { t } = useTranslation("audiences");
  return (
    <ul className={styles.list}>
      {audienceIds.map((id) => (
        <li key={id}>
          <a className={styles.choice} href={localizedPath(language, `/help/${id}`)}>
            {t(`${id}.choice`)}
          </a>
        </li>
      ))}
    </ul>
  );
}
