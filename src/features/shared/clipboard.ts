/**
 * Writes text to the clipboard. False where the Clipboard API is missing
 * (insecure origins, some embedded browsers) or the browser refuses the write.
 */
export async function writeToClipboard(text: string): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard === undefined || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * How to copy selected text by hand: a keyboard shortcut where there is a
 * keyboard, the device's own Copy command on a touch screen.
 */
export function copyByHand(): string {
  const touch = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  return touch ? 'use your device’s Copy command' : 'press Ctrl+C (⌘C on a Mac)';
}
