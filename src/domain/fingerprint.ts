// This file gives any JSON value a short, stable fingerprint, to notice what changed since the last run.

/** A short, stable fingerprint of any JSON value (FNV-1a, 32 bits): enough to notice a change. */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
