import type { PhoneRef } from "./journeys";

/**
 * Home, after the audience tiles (which carry the numbers each audience's page starts with,
 * app/data/journeys.ts): the national lines, each with who it is for (home.json "callNow.*";
 * shared/FACTS.md): BRIS for children and young people, Kvinnofridslinjen. 112 follows as
 * "Svarar ingen?".
 */
export const homeNationalNumbers: PhoneRef[] = [
  { service: "bris", phone: 0, for: "home:callNow.youngBris" },
  { service: "kvinnofridslinjen", phone: 0, for: "home:callNow.violence" },
];
