/** "A, B og C": a list as a sentence writes it, the last item joined by `and` ("og", "and"). */
export function listText(items: readonly string[], and: string): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}
