import { shortPathLoader } from "~/utils/short-path.server";

/** "/kast", printed on posters and cards (app/data/short-paths.ts). */
export const loader = shortPathLoader("kast");
