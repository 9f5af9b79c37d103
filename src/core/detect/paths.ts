// POSIX paths relative to the app root, as the snapshot keys them ("" is the root itself).

export function dirOf(path: string): string {
  const at = path.lastIndexOf("/");
  return at < 0 ? "" : path.slice(0, at);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Joins and normalizes; a result that climbs above the root keeps its leading `..`. */
export function joinPath(...parts: string[]): string {
  // The common case (plain names) without splitting: scans call this for every candidate file.
  if (parts.every((p) => !p.includes("/") && p !== "." && p !== "..")) {
    return parts.filter((p) => p !== "").join("/");
  }
  const out: string[] = [];
  for (const segment of parts.join("/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

/** A folder or file stem Python can import: an identifier. */
export const PYTHON_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
