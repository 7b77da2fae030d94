import type { z } from "zod";
import type { phoneSchema, serviceSchema } from "~/directory/schema";

export type Phone = z.infer<typeof phoneSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type { AudienceId } from "./audiences";
