import { useTranslation } from "react-i18next";
import { PhoneLink } from "~/components/phone-link/phone-link";
import type { ResolvedPhone } from "~/directory/phone-refs.server";
import * as styles from "./call-now.css";

interface CallNowProps {
  heading: string;
  phones: ResolvedPhone[];
}

/** The first thing on an audience page: the number to call, one tap away. */
export function CallNow({ heading, phones }: CallNowProps) {
  useTranslation("services");
  if (phones.length === 0) return null;
  return (
    <section aria-labelledby="call-now" className={styles.box}>
      <h2 id="call-now" className={styles.heading}>
        {heading}
      </h2>
      {phones.map(({ serviceId, phone }) => (
        <PhoneLink key={`${serviceId}-${phone.descriptionKey}`} phone={phone} />
      ))}
    </section>
  );
}
