import { describeEvent } from "./events";

/** A sentence for an activity row, e.g. "added ana@example.org as reviewer". */
export const describeActivity = describeEvent;
