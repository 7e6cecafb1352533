import { ClamdScanner, type EvidenceScanner } from '@ntm/documents';

import type { AppConfig } from '../platform/tokens';

/** The scanner uploads go through: clamd when EVIDENCE_SCAN=clamd, none (null) by default. */
export function evidenceScannerFor(config: AppConfig): EvidenceScanner | null {
  if (config.EVIDENCE_SCAN !== 'clamd' || config.CLAMD_ADDRESS === undefined) return null;
  return new ClamdScanner({ address: config.CLAMD_ADDRESS, timeoutMs: config.CLAMD_TIMEOUT_MS });
}
