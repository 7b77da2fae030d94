import { describe, expect, it } from "vitest";
import { embeddedServices } from "./services";
import { noAnswerForAudience, noAnswerForService, noAnswerPhones } from "./no-answer";
import { audienceIds } from "./audiences";
import { homeNationalNumbers } from "./home-numbers";
import { journeys } from "./journeys";

const find = (id: string) => embeddedServices.find((service) => service.id === id)!;

describe("Svarar ingen?", () => {
  it("offers only lines the facts say are open day and night, or BRIS without hours", () => {
    expect(find(noAnswerPhones.emergency.service).openDayAndNight).toBe(true);
    expect(find(noAnswerPhones.violence.service).openDayAndNight).toBe(true);
    expect(find(noAnswerPhones.under18.service).phones[0]?.number).toBe("116 111");
  });

  it("never sends a buyer to Kvinnofridslinjen", () => {
    expect(noAnswerForAudience.buying).toEqual(["emergency"]);
    expect(noAnswerForService(find("kast"))).toEqual(["emergency"]);
  });

  it("gives everyone 112, people facing violence Kvinnofridslinjen and under-18s BRIS", () => {
    expect(noAnswerForAudience.selling).toEqual(["emergency", "violence"]);
    expect(noAnswerForAudience["under-18"]).toContain("under18");
    expect(noAnswerForService(find("mikamottagningen"))).toEqual(["emergency", "violence"]);
    expect(noAnswerForService(find("stodcentrum"))).toEqual(["emergency", "violence", "under18"]);
  });

  it("says nothing beside a line open day and night, a service without a number, or BRIS about itself", () => {
    expect(noAnswerForService(find("kvinnofridslinjen"))).toEqual([]);
    expect(noAnswerForService(find("emergency-112"))).toEqual([]);
    expect(noAnswerForService(find("bris"))).not.toContain("under18");
  });

  it("gives a service we show no number for a number that can be called, unless another service answers for it", () => {
    expect(noAnswerForService(find("socialjouren"))).toEqual(["emergency", "violence"]);
    expect(noAnswerForService(find("preventell"))[0]).toBe("emergency");
    expect(noAnswerForService(find("youth-clinics"))).toContain("under18");
    expect(noAnswerForService(find("mika-halsa"))).toEqual([]);
    expect(noAnswerForService(find("barnahus"))).toEqual([]);
  });

  it("home lists a number for each seed helpline (on the audience tiles) and the national line open day and night", () => {
    const refs = [...audienceIds.flatMap((id) => journeys[id].callFirst), ...homeNationalNumbers];
    const ids = [...new Set(refs.map((ref) => ref.service))];
    for (const id of ["mikamottagningen", "kast", "stodcentrum", "bris", "regional-coordinators", "kvinnofridslinjen"]) {
      expect(ids).toContain(id);
    }
    for (const ref of refs) expect(find(ref.service).phones[ref.phone]).toBeDefined();
  });
});
