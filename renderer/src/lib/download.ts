/**
 * Offers text as a file to save: the browser downloads it; Electron shows its save dialog for a
 * download (not proven on the build machines, where no Electron binary runs).
 */
export function downloadText(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the blob to the download; the URL itself is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
