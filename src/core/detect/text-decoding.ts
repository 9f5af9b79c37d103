// Bytes to text the way pip reads a requirements file (pip/_internal/utils/encoding.py
// auto_decode): a byte-order mark says UTF-16 or UTF-32 (what `pip freeze >` writes in
// Windows PowerShell) or UTF-8; without one, UTF-8. The mark itself is not part of the text.

const MARKS: readonly (readonly [readonly number[], string])[] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe, 0x00, 0x00], "utf-32le"],
  [[0x00, 0x00, 0xfe, 0xff], "utf-32be"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/** The text, or undefined for an encoding this runtime cannot decode (UTF-32). */
export function decodeText(bytes: Uint8Array): string | undefined {
  for (const [mark, encoding] of MARKS) {
    if (!mark.every((b, i) => bytes[i] === b)) continue;
    try {
      return new TextDecoder(encoding).decode(bytes.subarray(mark.length));
    } catch {
      return undefined;
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}
