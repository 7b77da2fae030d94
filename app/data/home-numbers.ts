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

/**
 * One number per seed helpline with who it is for, and the national line open day and night: the
 * page shown when the site cannot answer ($lang.unavailable.tsx) lists them (home.json
 * "callNow.<for>"). Home itself carries them on its tiles and in the national lines above.
 */
export const homeNumbers: { for: "selling" | "buying" | "young" | "youngBris" | "violence"; phone: PhoneRef }[] = [
  { for: "selling", phone: { service: "mikamottagningen", phone: 0 } },
  { for: "buying", phone: { service: "kast", phone: 0 } },
  { for: "young", phone: { service: "stodcentrum", phone: 0 } },
  { for: "youngBris", phone: { service: "bris", phone: 0 } },
  { for: "violence", phone: { service: "kvinnofridslinjen", phone: 0 } },
];
