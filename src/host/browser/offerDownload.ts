const TYPES: Record<string, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
};

/** Hands bytes (or a Blob, which is not copied) to the browser as a file download, typed by the file name's extension. */
export function offerDownload(data: Uint8Array | Blob, fileName: string): void {
  const type = TYPES[fileName.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL can go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
