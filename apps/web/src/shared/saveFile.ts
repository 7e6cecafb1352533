/** Saves what the API answered as a file under `name` (bearer-token downloads cannot be plain links). */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has taken the file once the click is handled; the URL is only a handle on memory.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
