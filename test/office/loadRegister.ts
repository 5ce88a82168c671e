import { FakeExcel, type NullNavigation } from "./double/fakeExcel";
import { registerValues, type RegisterOptions } from "./registerValues";

/** A double holding a generated register, one sheet per register sheet. */
export function excelWithRegister(initiatives: number, options?: RegisterOptions, nullNavigation?: NullNavigation): FakeExcel {
  const excel = new FakeExcel(undefined, nullNavigation);
  for (const [name, rows] of Object.entries(registerValues(initiatives, options))) {
    excel.addSheet(name, rows);
  }
  return excel;
}

export const FOUR_MB = 4_000_000;
