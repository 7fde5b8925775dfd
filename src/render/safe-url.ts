// Submitted URLs (bronnen, bron_url) become links only with a web or mail protocol; anything
// else (javascript:, data:, …) is shown as plain, escaped text.
export interface LinkView {
  text: string;
  href: string | null;
}

export function safeLink(url: string): LinkView {
  const trimmed = url.trim();
  return { text: url, href: /^(https?:\/\/|mailto:)/i.test(trimmed) && !/[\s<>"'`]/.test(trimmed) ? trimmed : null };
}
