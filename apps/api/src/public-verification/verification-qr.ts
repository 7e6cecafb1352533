import { toString as qrSvg } from 'qrcode';

/**
 * The QR code of a verification address as inline SVG: printed on the decision and on its page,
 * readable by any phone's camera. Level M survives a fold or a smudge on paper.
 */
export async function verificationQr(url: string): Promise<string> {
  const svg = await qrSvg(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return svg.replace('<svg ', `<svg role="img" aria-label="Mã QR dẫn tới trang xác minh" `);
}
