import type { Service } from "~/data/types";
import { dialNumber } from "~/utils/phone";

/**
 * schema.org JSON-LD for a service page, so search engines and assistants can offer the number
 * to call. Only facts from the record: numbers in E.164 (or the short number), ages, free.
 */

const PUBLIC_BODIES = new Set([
  "stockholmCity",
  "regionStockholm",
  "barnahusStockholm",
  "genderEqualityAgency",
  "police",
  "emergency112",
  "youthClinics",
]);

interface JsonLdTexts {
  name: string;
  description: string;
  organization: string;
  areaStockholm: string;
  areaSweden: string;
  /** Description of each phone, by its descriptionKey. */
  phone: (descriptionKey: string) => string;
  /** "For professionals only", in the page's language: said of every professionals-only number. */
  professionalsOnly: string;
}

/** Who publishes the site (SITE_PUBLISHER_NAME/URL), or null: then no publisher is claimed. */
export interface JsonLdPublisher {
  name: string;
  url: string | null;
}

export function serviceJsonLd(
  service: Service,
  url: string,
  language: string,
  texts: JsonLdTexts,
  publisher: JsonLdPublisher | null = null,
) {
  const isPublic = PUBLIC_BODIES.has(service.organizationKey);
  const audience =
    service.minAge !== null || service.maxAge !== null
      ? {
          "@type": "PeopleAudience",
          ...(service.minAge !== null ? { suggestedMinAge: service.minAge } : {}),
          ...(service.maxAge !== null ? { suggestedMaxAge: service.maxAge } : {}),
        }
      : undefined;
  return {
    "@context": "https://schema.org",
    "@type": isPublic ? "GovernmentService" : "Service",
    name: texts.name,
    description: texts.description,
    url,
    inLanguage: language,
    // The page that describes the service, and who publishes it (never the city unless configured so).
    mainEntityOfPage: {
      "@type": "WebPage",
      url,
      ...(publisher
        ? { publisher: { "@type": "Organization", name: publisher.name, ...(publisher.url ? { url: publisher.url } : {}) } }
        : {}),
    },
    provider: { "@type": isPublic ? "GovernmentOrganization" : "Organization", name: texts.organization },
    areaServed:
      service.scope === "stockholm"
        ? { "@type": "AdministrativeArea", name: texts.areaStockholm }
        : { "@type": "Country", name: texts.areaSweden },
    ...(audience ? { audience } : {}),
    ...(service.free === "yes" ? { isAccessibleForFree: true } : {}),
    ...(service.phones.length > 0
      ? {
          availableChannel: service.phones.map((phone) => {
            // A consultation line (Barnahus, NMT) never reads as the service's public number.
            const label =
              phone.audience === "professionals"
                ? `${texts.phone(phone.descriptionKey)} (${texts.professionalsOnly})`
                : texts.phone(phone.descriptionKey);
            return {
              "@type": "ServiceChannel",
              name: label,
              servicePhone: {
                "@type": "ContactPoint",
                telephone: dialNumber(phone),
                contactType: label,
                areaServed: "SE",
              },
            };
          }),
        }
      : {}),
  };
}

/** JSON inside <script>: "<" escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
