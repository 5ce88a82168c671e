import { HIGH_CRITICALITY, LIGHT } from "../register/meanings";
import type { SignalRule } from "./signal";

/** A green status beside a red dependency of high criticality: the initiative leans on something that is failing. */
export const greenWithRedDependency: SignalRule = (s) => {
  if (s.history.status[s.period] !== LIGHT.green) {
    return [];
  }
  return s.dependencies
    .filter((d) => d.status === LIGHT.red && d.criticality === HIGH_CRITICALITY)
    .map((d) => ({ type: "greenWithRedDependency", params: { dependency: d.dependency ?? "" } }));
};
