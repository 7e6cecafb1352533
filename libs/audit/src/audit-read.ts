/** What an audit read looked at. */
export type AuditReadKind = 'timeline' | 'state' | 'diff' | 'export';

/** Recorded for every audit read of a dossier: who looked at what, so reading leaves a trace too. */
export interface AuditReadData {
  readonly dossierId: string;
  readonly what: AuditReadKind;
  readonly query: Readonly<Record<string, string>>;
}

export const AUDIT_READ = 'AuditRead';
