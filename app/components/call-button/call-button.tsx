import { useTranslation } from "react-i18next";
import type { Phone } from "~/data/types";
import { dialNumber } from "~/utils/phone";
import * as styles from "./call-button.css";

/** Aria-hidden phone handset, 24 px, the same stroke as the globe and menu icons. */
export function PhoneIcon({ className }: { className?: string }) {
  return (
    <svg className={className ?? styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 3.5h3.2l1.6 4.2-2.1 1.5a11.5 11.5 0 0 0 7.1 7.1l1.5-2.1 4.2 1.6V19a1.6 1.6 0 0 1-1.7 1.6A16.6 16.6 0 0 1 3.4 5.2 1.6 1.6 0 0 1 5 3.5z" />
    </svg>
  );
}

/** The translation key of the short name of who answers a service's phone ("KAST", "BRIS"). */
export function callNameKey(serviceId: string): string {
  return `services:callName.${serviceId}`;
}

/**
 * The key of a name that tells one number of a service from its others ("regionkoordinatorn för
 * barn" / "för vuxna"): services.json "callNameByPhone.<the phone's descriptionKey>".
 */
export function phoneCallNameKey(phone: Phone): string {
  return `services:callNameByPhone.${phone.descriptionKey}`;
}

interface CallButtonProps {
  phone: Phone;
  /** The service whose phone this is: its short name says who answers. */
  serviceId: string;
  /** On a brand-coloured tile: white with brand text, so it still stands out. */
  inverse?: boolean;
}

/**
 * One number, one tap: "Ring Mikamottagningen / 08-508 25 501". It dials the data's E.164 number
 * (app/utils/phone.ts). Its accessible name is its visible text ("Ring Mikamottagningen, 08-508 25 501"):
 * no aria-label, which would hide the lang="sv" mark on a Swedish name from a screen reader
 * (entry.server.tsx marks them in translated pages). A service with several numbers names each
 * one on the button ("Ring regionkoordinatorn för barn"). The number is isolated left to right,
 * so it keeps its order in Arabic and Persian. The same button on every page.
 */
export function CallButton({ phone, serviceId, inverse = false }: CallButtonProps) {
  const { t, i18n } = useTranslation("common");
  const byPhone = phoneCallNameKey(phone);
  const name = i18n.exists(byPhone) ? t(byPhone) : t(callNameKey(serviceId));
  const professional = phone.audience === "professionals";
  const className = [styles.button, professional ? styles.professional : null, inverse ? styles.inverse : null]
    .filter(Boolean)
    .join(" ");
  return (
    <a
      href={`tel:${dialNumber(phone)}`}
      className={className}
      data-call-button={professional ? "professionals" : "public"}
      data-service={serviceId}
    >
      <PhoneIcon />
      <span className={styles.text}>
        <span className={styles.who}>
          {t("call.button", { name })}
          {/* Heard as a pause before the number ("Ring KAST, 08-508 257 40"); the layout shows a new line. */}
          <span className={styles.pause}>,</span>
        </span>
        <bdi dir="ltr" className={styles.number}>
          {phone.number}
        </bdi>
      </span>
    </a>
  );
}
