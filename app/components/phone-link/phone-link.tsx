import { useTranslation } from "react-i18next";
import { CallButton, callNameKey } from "~/components/call-button/call-button";
import type { Phone } from "~/data/types";
import * as styles from "./phone-link.css";

interface PhoneLinkProps {
  phone: Phone;
  /** The service the number belongs to: the button names who answers. */
  serviceId: string;
  /** A line above the button; the phone's own description when not given. */
  description?: string;
}

/** One number with what it is for: a line of text, the professionals' label if it has one, the call button. */
export function PhoneLink({ phone, serviceId, description }: PhoneLinkProps) {
  const { t } = useTranslation("services");
  const line = description ?? t(phone.descriptionKey);
  return (
    <div className={styles.item}>
      {/* A line that only repeats who answers ("KAST" above "Ring KAST") is left out. */}
      {line === t(callNameKey(serviceId)) ? null : <p className={styles.description}>{line}</p>}
      {phone.audience === "professionals" ? (
        <span className={styles.professional}>{t("common:phone.professionalsOnly")}</span>
      ) : null}
      <CallButton phone={phone} serviceId={serviceId} />
    </div>
  );
}
