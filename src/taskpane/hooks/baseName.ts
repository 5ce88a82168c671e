/** A file name without its folder and .xlsx, for naming what is made from it. */
export function baseName(name: string | undefined): string {
  const file = (name ?? "").split(/[\\/]/).pop() ?? "";
  return file.replace(/\.xlsx$/i, "") || "arbeidsbok";
}
