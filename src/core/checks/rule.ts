import type { Finding } from "../findings/finding";
import type { CheckContext } from "./checkContext";

/** One check: a single walk over the rows it concerns, every problem returned as a finding. */
export type CheckRule = (ctx: CheckContext) => Finding[];
