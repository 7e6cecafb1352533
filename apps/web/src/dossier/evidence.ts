export interface EvidenceRef {
  readonly sha256: string;
  readonly name: string;
}

/** The file's SHA-256, computed here: until uploads exist, the dossier records the hash and name only. */
export async function evidenceOf(file: File): Promise<EvidenceRef> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  const sha256 = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return { sha256, name: file.name };
}
