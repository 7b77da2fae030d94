import { useTranslation } from "react-i18next";
import { NoAnswer, type NoAnswerPhone } from "~/components/no-answer/no-answer";
import { PhoneLink } from "~/components/phone-link/phone-link";
import type { ResolvedPhone } from "~/directory/phone-refs.server";
import * as styles from "./call-now.css";

interface CallNowProps {
  heading: string;
  phones: (ResolvedPhone & { description?: string })[];
  /** "Svarar ingen?": what else to call when these do not answer. */
  noAnswer?: NoAnswerPhone[];
}

/** The first thing on a page: the numbers to call, one tap away, and what to do if no one answers. */
export function CallNow({ heading, phones, noAnswer = [] }: CallNowProps) {
  useTranslation("services");
  if (phones.length === 0) return null;
  return (
    <section aria-labelledby="call-now" className={styles.box}>
      <h2 id="call-now" className={styles.heading}>
        {heading}
      </h2>
      {phones.map(({ serviceId, phone, description }) => (
        <PhoneLink key={`${serviceId}-${phone.descriptionKey}`} phone={phone} serviceId={serviceId} description={description} />
      ))}
      <NoAnswer phones={noAnswer} />
    </section>
  );
}
