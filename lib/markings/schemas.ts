import { z } from "zod";
import { MARKING_MAX_CHARS } from "./markings";

/**
 * A marking as forms and the API send it: a name, or null (or "" from a
 * form's "Unmarked") for none. Whether the instance's list holds it is
 * checked by the operation, which knows the list.
 */
export const markingSchema = z.preprocess(
  (v) => (v === "" ? null : v),
  z.string({ error: "Send a marking's name, or null for none." }).trim().max(MARKING_MAX_CHARS, `A marking is at most ${MARKING_MAX_CHARS} characters.`).nullable(),
);
