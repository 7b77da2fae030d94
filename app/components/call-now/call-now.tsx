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
  /** The heading's id (one per page; "call-now" for the block under the title). */
  id?: string;
  /** Inside a section of the page (the law's "Är det ett brott att köpa sex?"): a smaller block, an h3. */
  inSection?: boolean;
}

/**
 * The numbers to call, one tap away, each with who it is for directly above it, and what to do if
 * no one answers. First thing under a page's title; on long pages also inside the sections that
 * speak to one reader (data-call-block says which).
 */
export function CallNow({ heading, phones, noAnswer = [], id = "call-now", inSection = false }: CallNowProps) {
  const { t } = useTranslation("services");
  if (phones.length === 0) return null;
  const Heading = inSection ? "h3" : "h2";
  return (
    <section aria-labelledby={id} className={inSection ? `${styles.box} ${styles.inSection}` : styles.box} data-call-block={id}>
      <Heading id={id} className={styles.heading}>
        {heading}
      </Heading>
      <div className={styles.numbers}>
        {phones.map(({ serviceId, phone, description, forKey }) => (
          <PhoneLink
            key={`${serviceId}-${phone.descriptionKey}`}
            phone={phone}
            serviceId={serviceId}
            description={description ?? (forKey ? t(forKey) : undefined)}
          />
        ))}
      </div>
      <NoAnswer phones={noAnswer} />
    </section>
  );
}
