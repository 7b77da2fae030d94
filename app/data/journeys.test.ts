import { describe, expect, it } from "vitest";
import { audienceIds } from "./audiences";
import { journeys } from "./journeys";
import { printables } from "./printables";
import { embeddedServices } from "./services";
import { sitePages } from "./site-pages";

const service = (id: string) => embeddedServices.find((item) => item.id === id);

describe("journeys", () => {
  it("exist for every audience, in the issue's order of questions", () => {
    for (const audience of audienceIds) {
      const { sections } = journeys[audience];
      const order = ["notAlone", "help", "call", "anonymity", "law", "onwards"];
      expect(
        sections.filter((id) => order.includes(id)),
        audience
      ).toEqual(order);
    }
  });

  it("name only services and numbers the directory has", () => {
    for (const journey of Object.values(journeys)) {
      for (const id of journey.services) expect(service(id), `${journey.audience}: ${id}`).toBeDefined();
      for (const ref of journey.callFirst) {
        expect(service(ref.service)?.phones[ref.phone], `${journey.audience}: ${ref.service}`).toBeDefined();
      }
      for (const page of journey.onwards) expect(sitePages[page]).toBeDefined();
    }
  });

  it("list only services meant for the journey's audience", () => {
    for (const journey of Object.values(journeys)) {
      for (const id of journey.services) {
        expect(service(id)?.audiences, `${journey.audience}: ${id}`).toContain(journey.audience);
      }
    }
    expect(journeys["close-to-someone"].services).not.toContain("stodcentrum");
    expect(journeys["close-to-someone"].services).not.toContain("ungdomsjouren");
  });

  it("put a professional-only number first only on the professionals' page", () => {
    for (const journey of Object.values(journeys)) {
      if (journey.forProfessionals) continue;
      for (const ref of journey.callFirst) {
        expect(service(ref.service)?.phones[ref.phone]?.audience, journey.audience).toBe("public");
      }
    }
  });

  it("start the buyer's page with KAST and the seller's with Mikamottagningen", () => {
    expect(journeys.buying.callFirst[0]?.service).toBe("kast");
    expect(journeys.buying.services[0]).toBe("kast");
    expect(journeys.selling.callFirst[0]?.service).toBe("mikamottagningen");
  });

  it("offer printable cards that exist, including one for young people", () => {
    const ids = new Set(printables.map((item) => item.id));
    for (const id of journeys.professionals.printables) expect(ids.has(id), id).toBe(true);
    expect(journeys.professionals.printables).toContain("young-card");
  });
});

describe("printables", () => {
  it("give a parent worried about a child 112 on the relatives' poster", () => {
    expect(printables.find((item) => item.id === "relatives-poster")?.phones.map((ref) => ref.service)).toContain("emergency-112");
  });

  it("carry public numbers from the directory", () => {
    for (const printable of printables) {
      for (const ref of printable.phones) {
        expect(service(ref.service)?.phones[ref.phone]?.audience, printable.id).toBe("public");
      }
    }
  });
});
