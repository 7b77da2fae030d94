import { shortPathLoader } from "~/utils/short-path.server";

/** "/anhorig", printed on posters and cards (app/data/short-paths.ts). */
export const loader = shortPathLoader("anhorig");
