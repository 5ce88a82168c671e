const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML, in an element or in a quoted attribute: nothing a register holds can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

// The same shape as the register's e-mail check, found anywhere in a text.
const EMAIL = /[^\s@<>(),;:"'[\]]+@[^\s@<>(),;:"'[\]]+\.[^\s@<>(),;:"'[\]]{2,}/g;

/**
 * A register text for a public page with any e-mail address in it replaced:
 * the pages carry no contact data, even one typed into a reason by mistake.
 */
export function withoutEmails(text: string, replacement: string): string {
  return text.replace(EMAIL, replacement);
}
