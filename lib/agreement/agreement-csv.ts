import { stringify } from "csv-stringify/sync";
import type { ProjectAgreement } from "./agreement";

/** A cell a spreadsheet would run as a formula (= + - @, tab, return) gets a leading apostrophe. */
const inert = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** An undefined figure stays an empty cell, never 0. */
const figure = (value: number | null) => (value === null ? "" : value.toFixed(3));

/** The agreement as CSV: the two α rows, then one row per pair of reviewers with κ and the claims they share. */
export function agreementCsv(table: ProjectAgreement): string {
  const rows = [
    ["verdict", "krippendorff_alpha_nominal", "", "", figure(table.verdict.alpha), String(table.verdict.units)],
    ["credibility", "krippendorff_alpha_ordinal", "", "", figure(table.credibility.alpha), String(table.credibility.units)],
    ...table.pairs.map((pair) => ["verdict", "cohen_kappa", inert(pair.a.name), inert(pair.b.name), figure(pair.kappa), String(pair.claims)]),
  ];
  return stringify(rows, { header: true, columns: ["measure", "statistic", "reviewer_a", "reviewer_b", "value", "claims"] });
}
