import type { MetaDescriptor } from "@remix-run/node";

interface MatchWithData {
  id: string;
  data: unknown;
}

/**
 * A page's <title>, its own description (from its copy: app/utils/page-description.server.ts) and
 * its canonical address, both from the root loader. Error pages use the root's meta instead, with
 * the site's description and no canonical link.
 */
export function pageMeta(title: string | undefined, matches: readonly MatchWithData[]): MetaDescriptor[] {
  const root = matches.find((match) => match.id === "root")?.data as
    | { meta?: { description?: string; canonical?: string } }
    | undefined;
  const descriptors: MetaDescriptor[] = [];
  if (title) descriptors.push({ title });
  if (root?.meta?.description) descriptors.push({ name: "description", content: root.meta.description });
  if (root?.meta?.canonical) descriptors.push({ tagName: "link", rel: "canonical", href: root.meta.canonical });
  return descriptors;
}
