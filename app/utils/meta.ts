import type { MetaDescriptor } from "@remix-run/node";

interface MatchWithData {
  id: string;
  data: unknown;
}

/** A page's <title> and description; the description is the site's, from the root loader. */
export function pageMeta(title: string | undefined, matches: readonly MatchWithData[]): MetaDescriptor[] {
  const root = matches.find((match) => match.id === "root")?.data as
    | { meta?: { description?: string } }
    | undefined;
  const descriptors: MetaDescriptor[] = [];
  if (title) descriptors.push({ title });
  if (root?.meta?.description) descriptors.push({ name: "description", content: root.meta.description });
  return descriptors;
}
