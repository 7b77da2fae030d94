import { useTranslation } from "react-i18next";
import type { Phone } from "~/data/types";
import { dialNumber } from "~/utils/phone";
import * as styles from "./phone-link.css";

/**
 * One number to dial with one tap: written the Swedish way, dialled as E.164. The number is
 * isolated left-to-right so it keeps its order inside Arabic text.
 */
export function PhoneLink({ phone }: { phone: Phone }) {
  const { t } = useTranslation("services");
  return (
    <div className={styles.item}>
      <p className={styles.description}>{t(phone.descriptionKey)}</p>
      {phone.audience === "professionals" ? (
        <span className={styles.professional}>{t("common:phone.professionalsOnly")}</span>
      ) : null}
      <a href={`tel:${dialNumber(phone)}`} className={styles.number} dir="ltr">
        <bdi>{phone.number}</bdi>
      </a>
    </div>
  );
}
