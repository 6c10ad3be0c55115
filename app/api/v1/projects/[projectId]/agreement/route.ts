import { agreementCsv } from "@/lib/agreement/agreement-csv";
import { getAgreement } from "@/lib/agreement/get-agreement";
import { apiRoute } from "@/lib/api/handler";
import { downloadResponse } from "@/lib/api/download-response";

type Params = { projectId: string };

/**
 * `{ verdict: { alpha, units }, credibility: { alpha, units }, pairs: [{ a, b, kappa, claims }] }`: agreement
 * between the project's reviewers; an undefined figure is null. `?format=csv` answers the same as CSV.
 */
export const GET = apiRoute<Params>(async ({ user, params, request }) => {
  const agreement = await getAgreement({ userId: user.id, projectId: params.projectId });
  if (request.nextUrl.searchParams.get("format") === "csv") {
    return downloadResponse({ name: "agreement.csv", type: "text/csv; charset=utf-8", body: agreementCsv(agreement) });
  }
  return agreement;
});
