import type { Language } from "~/i18n";
import type { Service } from "~/data/types";
import { ServiceCard } from "./service-card";
import * as styles from "./service-card.css";

interface ServiceListProps {
  services: readonly Service[];
  language: Language;
  showProfessionalNumbers?: boolean;
  /** Per service id: only these of its numbers (app/data/journeys.ts serviceGroups). */
  phoneIndexes?: Readonly<Record<string, readonly number[]>>;
}

export function ServiceList({ services, language, showProfessionalNumbers = false, phoneIndexes }: ServiceListProps) {
  return (
    <ul className={styles.list}>
      {services.map((service) => (
        <ServiceCard
          key={service.id}
          service={service}
          language={language}
          showProfessionalNumbers={showProfessionalNumbers}
          phoneIndexes={phoneIndexes?.[service.id]}
        />
      ))}
    </ul>
  );
}
