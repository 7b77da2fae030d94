import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicOrigin } from "~/env.server";
import { cachePolicy } from "~/utils/cache-policy.js";

/** robots.txt: everything may be indexed, and here is the sitemap with every language. */
export function loader({ request }: LoaderFunctionArgs) {
  const origin = publicOrigin(request);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": cachePolicy.file },
  });
}
