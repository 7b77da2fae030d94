import { open, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { z } from "zod";
import type { ApprovalsRead } from "./directory-store.server";
import { REVIEWED_FIELDS, approvalId, canonicalJson, type Approval } from "./review.server";
import { zodReason } from "./safe-log";

/**
 * The approvals file (DIRECTORY_APPROVALS): the changes from the directory source a person has
 * checked and approved, each naming the service, the field, the new value, who approved it and
 * when. `npm run directory -- approve <id>` appends to it; an operator may also edit it by hand.
 * The server reads it at every refresh, so an approval needs no restart.
 *
 * {
 *   "approvals": [
 *     { "id": "kast.phones.1c0e5b7a", "service": "kast", "field": "phones",
 *       "value": [{ "number": "+46812345678", "audience": "public" }],
 *       "by": "Anna Berg", "at": "2026-12-05T09:12:00.000Z" }
 *   ]
 * }
 * `id` is for people (it is what `review` printed); what counts is service, field and value.
 */

/** The file is small (a few approvals a year); a larger one is refused, not read. */
export const MAX_APPROVALS_BYTES = 256 * 1024;
const MAX_APPROVALS = 2000;

const approvalSchema = z.object({
  id: z.string().max(120).optional(),
  service: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80),
  field: z.enum(REVIEWED_FIELDS),
  value: z.unknown().refine((value) => value !== undefined, { params: { kind: "missing" } }),
  by: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[^\u0000-\u001f\u007f]+$/),
  at: z.string().datetime({ offset: true }),
});
const fileSchema = z.object({ approvals: z.array(approvalSchema).max(MAX_APPROVALS) });

/** Reads the approvals; a file that does not exist yet approves nothing and is not a problem. */
export async function readApprovals(path: string | null): Promise<ApprovalsRead> {
  if (!path) return { approvals: [] };
  let text: string;
  try {
    const handle = await open(path, "r");
    try {
      const { size } = await handle.stat();
      if (size > MAX_APPROVALS_BYTES) return { approvals: [], problem: `larger than ${MAX_APPROVALS_BYTES / 1024} KB` };
      text = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { approvals: [] };
    return { approvals: [], problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { approvals: [], problem: "not JSON" };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { approvals: [], problem: zodReason(parsed.error) };
  return { approvals: parsed.data.approvals.map(({ service, field, value, by, at }) => ({ service, field, value, by, at })) };
}

/**
 * Adds one approval to the file (created when missing), written whole to a temporary file and
 * renamed over the old one, so the server never reads half a file. A file that cannot be read is
 * left alone: the approval is refused rather than written over someone's edits.
 */
export async function addApproval(path: string, approval: Approval): Promise<"added" | "already approved"> {
  const read = await readApprovals(path);
  if (read.problem) throw new Error(`${path}: ${read.problem}; fix or move it first`);
  const same = (other: Approval) =>
    other.service === approval.service && other.field === approval.field && canonicalJson(other.value) === canonicalJson(approval.value);
  if (read.approvals.some(same)) return "already approved";
  const entries = [...read.approvals, approval].map((entry) => ({
    id: approvalId(entry.service, entry.field, entry.value),
    ...entry,
  }));
  const temporary = join(dirname(path), `.${process.pid}.approvals.tmp`);
  await writeFile(temporary, `${JSON.stringify({ approvals: entries }, null, 2)}\n`, { mode: 0o644 });
  await rename(temporary, path);
  return "added";
}
