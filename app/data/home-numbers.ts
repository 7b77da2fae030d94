import type { PhoneRef } from "./journeys";

/**
 * Home, after the audience tiles (which carry the numbers each audience's page starts with,
 * app/data/journeys.ts): the national line open day and night, with who it is for
 * (home.json "callNow.violence"; shared/FACTS.md). 112 follows as "Svarar ingen?".
 */
export const homeNationalNumbers: PhoneRef[] = [
  { service: "kvinnofridslinjen", phone: 0, for: "home:callNow.violence" },
];
