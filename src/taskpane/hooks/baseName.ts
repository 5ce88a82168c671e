/** A file name without its folder and its workbook extension (.xlsx, .xlsm, ...), for naming what is made from it. */
export function baseName(name: string | undefined): string {
  const file = (name ?? "").split(/[\\/]/).pop() ?? "";
  return file.replace(/\.(xlsx|xlsm|xltx|xltm|xlam)$/i, "") || "arbeidsbok";
}
