import { apiRoute } from "@/lib/api/handler";
import { CITATION_STYLES } from "@/lib/citations/styles";

/** The citation styles a brief can be exported in: `{ styles: [{ id, title, kind }] }`. */
export const GET = apiRoute(async () => ({ styles: CITATION_STYLES.map(({ id, title, kind }) => ({ id, title, kind })) }));
