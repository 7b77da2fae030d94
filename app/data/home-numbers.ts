import type { PhoneRef } from "./journeys";

/**
 * "Ring nu" on the home page, right under its heading: one number per seed helpline with who it is
 * for, and the national line open day and night (shared/FACTS.md). The line above each button is
 * locales/<lng>/home.json "callNow.<for>"; the numbers are read from the directory.
 */
export const homeNumbers: { for: "selling" | "buying" | "young" | "youngBris" | "violence"; phone: PhoneRef }[] = [
  { for: "selling", phone: { service: "mikamottagningen", phone: 0 } },
  { for: "buying", phone: { service: "kast", phone: 0 } },
  { for: "young", phone: { service: "stodcentrum", phone: 0 } },
  { for: "youngBris", phone: { service: "bris", phone: 0 } },
  { for: "violence", phone: { service: "kvinnofridslinjen", phone: 0 } },
];
