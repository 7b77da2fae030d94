import { Trans, useTranslation } from "react-i18next";
import type { Language } from "~/i18n";
import type { Service } from "~/data/types";
import { localizedPath } from "~/utils/language-path";
import { inlineLinkComponents } from "~/components/content-block/inline-text";
import * as styles from "./service-card.css";

/** Why a service shows no number: never a guessed one, always the honest reason. */
export function NoNumberNote({ service, language }: { service: Service; language: Language }) {
  const { t } = useTranslation("services");
  if (service.noNumberReason === null) return null;
  if (service.noNumberReason === "contact-via" && service.contactVia) {
    return (
      <p className={styles.note}>
        <Trans
          t={t}
          i18nKey="noNumber.contact-via"
          values={{ name: t(`${service.contactVia}.name`) }}
          components={{ service: <a href={localizedPath(language, `/services/${service.contactVia}`)} /> }}
        />
      </p>
    );
  }
  // "Ask your municipality" links to the municipality page; Preventell's note links to KAST.
  return (
    <p className={styles.note}>
      <Trans t={t} i18nKey={`noNumber.${service.noNumberReason}`} components={inlineLinkComponents(language)} />
    </p>
  );
}
