import { shortPathLoader } from "~/utils/short-path.server";

/** "/ung", printed on posters and cards (app/data/short-paths.ts). */
export const loader = shortPathLoader("ung");
