import { agreementCsv } from "@/lib/agreement/agreement-csv";
import { getAgreement } from "@/lib/agreement/get-agreement";
import { downloadResponse, sessionDownload } from "@/lib/api/download";

/** The agreement between the project's reviewers as CSV, for any member. */
export async function GET(_request: Request, context: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await context.params;
  return sessionDownload(async (user) => {
    const agreement = await getAgreement({ userId: user.id, projectId });
    return downloadResponse({ name: "agreement.csv", type: "text/csv; charset=utf-8", body: agreementCsv(agreement) });
  });
}
