/**
 * A register text as the lines a sheet shows, one per row: paragraphs and
 * list items apart, blank lines dropped, a "- " or "* " list item shown with
 * a bullet. One row per line keeps each row's height within what Excel
 * allows (409 points) and lets a long text break across printed pages.
 */
export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => line.replace(/^[-*]\s+/, "• "));
}
