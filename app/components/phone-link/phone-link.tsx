import { useTranslation } from "react-i18next";
import { CallButton, callNameKey, phoneCallNameKey } from "~/components/call-button/call-button";
import { sharedPhoneLabels } from "~/data/services";
import type { Phone } from "~/data/types";
import * as styles from "./phone-link.css";

interface PhoneLinkProps {
  phone: Phone;
  /** The service the number belongs to: the button names who answers. */
  serviceId: string;
  /** The line above the button: who the number is for. The phone's own description when not given. */
  description?: string;
}

/**
 * One number with who it is for: a line directly above the button (data-call-for), the
 * professionals' label if it has one, the call button. A number that several services share says
 * so ("Stödcentrum och Ungdomsjouren har samma nummer"), so two buttons with one number do not
 * look like two ways in.
 */
export function PhoneLink({ phone, serviceId, description }: PhoneLinkProps) {
  const { t, i18n } = useTranslation("services");
  const shared = Object.hasOwn(sharedPhoneLabels, phone.descriptionKey);
  const line = description ?? t(shared ? `sharedPhoneLine.${phone.descriptionKey}` : phone.descriptionKey);
  // A line that only repeats what the button says ("KAST" above "Ring KAST", "Regionkoordinator
  // för barn" above "Ring regionkoordinatorn för barn") is left out.
  const repeats =
    description === undefined && (line === t(callNameKey(serviceId)) || i18n.exists(phoneCallNameKey(phone)));
  return (
    <div className={styles.item}>
      {repeats ? null : (
        <p className={description === undefined ? styles.description : styles.forLine} data-call-for="">
          {line}
        </p>
      )}
      {phone.audience === "professionals" ? (
        <span className={styles.professional}>{t("common:phone.professionalsOnly")}</span>
      ) : null}
      <CallButton phone={phone} serviceId={serviceId} />
    </div>
  );
}
