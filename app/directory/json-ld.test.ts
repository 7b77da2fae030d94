import { describe, expect, it } from "vitest";
import { jsonForScript, serviceJsonLd } from "./json-ld";
import { embeddedServices } from "~/data/services";

const texts = {
  name: "KAST",
  description: "Support",
  organization: "City of Stockholm",
  areaStockholm: "Stockholm county",
  areaSweden: "Sweden",
  phone: (key: string) => `phone ${key}`,
  professionalsOnly: "For professionals only",
};
const find = (id: string) => embeddedServices.find((service) => service.id === id)!;

describe("serviceJsonLd", () => {
  it("describes a city service with its E.164 number, age and cost", () => {
    const data = serviceJsonLd(find("kast"), "https://example.org/en/services/kast", "en", texts);
    expect(data["@type"]).toBe("GovernmentService");
    expect(data.audience).toEqual({ "@type": "PeopleAudience", suggestedMinAge: 18 });
    expect(data.isAccessibleForFree).toBe(true);
    expect(data.availableChannel?.[0]?.servicePhone.telephone).toBe("+46850825740");
    expect(data.areaServed).toEqual({ "@type": "AdministrativeArea", name: "Stockholm county" });
  });

  it("gives a short number as dialled and claims nothing the record does not say", () => {
    const data = serviceJsonLd(find("bris"), "https://example.org/sv/services/bris", "sv", texts);
    expect(data["@type"]).toBe("Service");
    expect(data.availableChannel?.[0]?.servicePhone.telephone).toBe("116111");
    expect(data).not.toHaveProperty("isAccessibleForFree");
  });

  it("names the configured publisher, and claims none when it is not configured", () => {
    const withPublisher = serviceJsonLd(find("kast"), "https://example.org/sv/services/kast", "sv", texts, {
      name: "Föreningen Exempel",
      url: "https://exempel.example/",
    });
    expect(withPublisher.mainEntityOfPage).toEqual({
      "@type": "WebPage",
      url: "https://example.org/sv/services/kast",
      publisher: { "@type": "Organization", name: "Föreningen Exempel", url: "https://exempel.example/" },
    });
    const unset = serviceJsonLd(find("kast"), "https://example.org/sv/services/kast", "sv", texts, null);
    expect(unset.mainEntityOfPage).not.toHaveProperty("publisher");
    expect(JSON.stringify(unset)).not.toMatch(/publisher/);
  });

  it("says of a professionals-only number who it is for, and has no plain public telephone", () => {
    for (const id of ["barnahus", "nmt"]) {
      const data = serviceJsonLd(find(id), `https://example.org/en/services/${id}`, "en", texts);
      expect(data).not.toHaveProperty("telephone");
      for (const channel of data.availableChannel ?? []) {
        expect(channel.name).toContain("(For professionals only)");
        expect(channel.servicePhone.contactType).toContain("(For professionals only)");
      }
      expect(data.availableChannel?.length).toBeGreaterThan(0);
    }
  });

  it("has no channel for a service without a number", () => {
    expect(serviceJsonLd(find("preventell"), "u", "sv", texts)).not.toHaveProperty("availableChannel");
  });
});

describe("jsonForScript", () => {
  it("cannot close the script element", () => {
    expect(jsonForScript({ a: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
