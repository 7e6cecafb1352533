/** Public API of libs/documents: content-addressed evidence files and generated PDFs. */
export { DiskEvidenceStore } from './disk-evidence-store';
export { S3EvidenceStore } from './s3-evidence-store';
export * from './evidence-files';
export {
  EVIDENCE_MEDIA_TYPES,
  EvidenceEmpty,
  EvidenceTooLarge,
  EvidenceTypeRefused,
  inspectEvidence,
} from './evidence-inspection';
export * from './evidence-store.port';
export * from './evidence-scanner.port';
export { scanWhileStreaming } from './evidence-scanning';
export { ClamdScanner } from './clamd';
export { limitedBytes } from './limited-bytes';
export * from './official-document';
export { officialPdf } from './official-pdf';
export * from './generated-documents';
