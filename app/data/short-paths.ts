import type { PrintAudience } from "./printables";

/**
 * Short addresses printed on posters and cards ("stodlinjer.se/ung"): easy to type from paper,
 * the same in every language. Each redirects to its audience's page in the language the browser
 * asks for (as "/" does). One route file per path in app/routes (ung.tsx, ...); none of them may be
 * a language code, and app/data/short-paths.test.ts checks both.
 */
export const shortPaths = {
  mika: "selling",
  kast: "buying",
  ung: "under-18",
  anhorig: "close-to-someone",
} as const satisfies Record<string, PrintAudience>;

export type ShortPath = keyof typeof shortPaths;

/** "/ung" for the young people's material. */
export function shortPathOf(audience: PrintAudience): `/${ShortPath}` {
  const entry = (Object.entries(shortPaths) as [ShortPath, PrintAudience][]).find(([, value]) => value === audience);
  if (!entry) throw new Error(`No short path for ${audience}`);
  return `/${entry[0]}`;
}
