import { answer, api, sessionHeaders } from '../api/client';
import { ApiProblem, unreachable } from '../api/problem';
import { saveFile } from '../shared/saveFile';

export interface EvidenceRef {
  readonly sha256: string;
  readonly name: string;
}

/**
 * Sends the file to the dossier's evidence (the browser streams it from disk) and answers the ref
 * the server computed from the bytes it stored. XMLHttpRequest, not fetch: only it reports how
 * much of an upload has gone, which a commune on a slow link needs to see.
 */
export function uploadEvidence(
  dossierId: string,
  file: File,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<EvidenceRef> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const query = new URLSearchParams({ fileName: file.name });
    request.open('POST', `/api/v1/dossiers/${encodeURIComponent(dossierId)}/evidence?${query}`);
    for (const [name, value] of Object.entries(sessionHeaders())) request.setRequestHeader(name, value);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = parsed(request.responseText);
      if (request.status === 200 && typeof body?.sha256 === 'string') resolve({ sha256: body.sha256, name: file.name });
      else reject(body ? new ApiProblem(body, request.status) : unreachable(request.status));
    };
    request.onerror = () => reject(unreachable(0));
    request.send(file);
  });
}

function parsed(text: string): Record<string, unknown> | undefined {
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // Not the API's answer (a proxy's error page): said as unexpected.
  }
}

/** Fetches an evidence file with the session's token (no cookie would carry it) and saves it under its name. */
export async function downloadEvidence(dossierId: string, evidence: EvidenceRef): Promise<void> {
  const blob = await answer(
    api.GET('/api/v1/dossiers/{dossierId}/evidence/{sha256}', {
      params: { path: { dossierId, sha256: evidence.sha256 } },
      parseAs: 'blob',
    }),
  );
  saveFile(blob, evidence.name);
}
