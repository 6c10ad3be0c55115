import "server-only";
import { env } from "@/lib/env";
import { invalid } from "@/lib/errors";
import { validateMarking } from "./markings";

/** This instance's markings, lowest first (MARKINGS); empty when markings are turned off. */
export function instanceMarkings(): string[] {
  return env().MARKINGS;
}

/** The marking to store, or an "invalid" error on `field` naming the choices. */
export function checkMarking(value: string | null, field = "marking"): string | null {
  const result = validateMarking(value, instanceMarkings());
  if (!result.ok) throw invalid(result.message, { [field]: [result.message] });
  return result.marking;
}
