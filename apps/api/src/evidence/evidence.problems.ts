import { ProblemException } from '../platform/problem.exception';

const megabytes = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))} MB`;

export const evidenceTooLarge = (maxBytes: number) =>
  new ProblemException({
    code: 'evidence.too-large',
    status: 413,
    title: { vi: 'Tệp minh chứng quá lớn', en: 'Evidence file too large' },
    detail: {
      vi: `Tệp lớn hơn ${megabytes(maxBytes)}, mức tối đa được nhận; hãy nén hoặc tách tệp.`,
      en: `The file is larger than ${megabytes(maxBytes)}, the most accepted; compress or split it.`,
    },
    extensions: { maxBytes },
  });

export const evidenceTypeRefused = (detectedType: string) =>
  new ProblemException({
    code: 'evidence.unsupported-type',
    status: 415,
    title: { vi: 'Loại tệp không được nhận làm minh chứng', en: 'File type not accepted as evidence' },
    detail: {
      vi: `Nội dung tệp là ${detectedType}; chỉ nhận PDF, ảnh (JPEG, PNG, TIFF, WebP), văn bản Word/Excel/PowerPoint, OpenDocument, văn bản thuần hoặc CSV (UTF-8).`,
      en: `The file's content is ${detectedType}; only PDF, images (JPEG, PNG, TIFF, WebP), Word/Excel/PowerPoint, OpenDocument, plain text or CSV (UTF-8) are accepted.`,
    },
    extensions: { detectedType },
  });

export const evidenceEmpty = () =>
  new ProblemException({
    code: 'evidence.empty',
    status: 422,
    title: { vi: 'Tệp minh chứng rỗng', en: 'Empty evidence file' },
    detail: { vi: 'Tệp gửi lên không có nội dung.', en: 'The uploaded file has no content.' },
  });

/** Not uploaded to the dossier nor cited by it, or no longer stored: the same answer, nothing more told. */
export const evidenceNotFound = () =>
  new ProblemException({
    code: 'evidence.not-found',
    status: 404,
    title: { vi: 'Không tìm thấy tệp minh chứng của hồ sơ', en: 'Evidence file not found for this dossier' },
  });

const unsupportedMediaType = (detail: { vi: string; en: string }) =>
  new ProblemException({
    code: 'unsupported-media-type',
    status: 415,
    title: { vi: 'Kiểu dữ liệu không được hỗ trợ', en: 'Unsupported media type' },
    detail,
  });

/** A file body (application/octet-stream) sent to a route that takes none. */
export const streamedBodyRefused = () =>
  unsupportedMediaType({
    vi: 'Chỉ API tải tệp minh chứng nhận application/octet-stream',
    en: 'Only the evidence upload takes application/octet-stream',
  });

/** The upload sent as JSON (or any parsed body) rather than as the file's bytes. */
export const uploadNotStreamed = () =>
  unsupportedMediaType({
    vi: 'Gửi nội dung tệp minh chứng với Content-Type: application/octet-stream',
    en: 'Send the evidence file itself with Content-Type: application/octet-stream',
  });

/** The scanner (EVIDENCE_SCAN) found a signature in the file: refused, nothing stored or recorded. */
export const evidenceInfected = (signature: string, scanner: string) =>
  new ProblemException({
    code: 'evidence.infected',
    status: 422,
    title: { vi: 'Tệp minh chứng chứa mã độc', en: 'Evidence file infected' },
    detail: {
      vi: `${scanner} phát hiện ${signature} trong tệp; tệp không được lưu. Hãy quét lại máy tính và gửi bản sạch.`,
      en: `${scanner} found ${signature} in the file; it was not stored. Clean the computer and send a clean copy.`,
    },
    extensions: { signature, scanner },
  });

/**
 * Scanning is configured but the scan could not be made (clamd unreachable, silent, or it answered
 * ERROR): the upload fails closed, nothing stored; the same upload may be sent again later.
 */
export const evidenceScannerUnavailable = () =>
  new ProblemException({
    code: 'evidence.scanner-unavailable',
    status: 503,
    title: { vi: 'Chưa quét được tệp minh chứng', en: 'Evidence file could not be scanned' },
    detail: {
      vi: 'Dịch vụ quét mã độc tạm thời không sẵn sàng nên tệp chưa được lưu; hãy gửi lại sau ít phút.',
      en: 'The malware scanner is unavailable for now, so the file was not stored; send it again shortly.',
    },
    extensions: { dependency: 'evidence-scanner' },
  });
