/**
 * Markdown text helpers shared by the exports (the summary and the decision
 * record), so both escape prose and links the same way.
 */

/** Keeps our prose from being read as Markdown syntax when pasted. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (char) => `\\${char}`);
}

/** Link targets cannot hold spaces or unbalanced brackets. */
function escapeUrl(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${escapeUrl(url)})`;
}
