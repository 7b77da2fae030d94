import { shortPathLoader } from "~/utils/short-path.server";

/** "/mika", printed on posters and cards (app/data/short-paths.ts). */
export const loader = shortPathLoader("mika");
