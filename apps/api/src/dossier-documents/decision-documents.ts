import { dateInWords, type OfficialDocument } from '@ntm/documents';
import { type DossierEvent, LEVEL_NAMES } from '@ntm/domain';

import { capitals, type DocumentNames, inSentence, lastOf, placeName, provinceCommittee } from './document-names';

const LEGAL_BASIS =
  'Căn cứ Quyết định số 18/2022/QĐ-TTg của Thủ tướng Chính phủ ban hành Quy định điều kiện, trình tự, thủ tục, hồ sơ xét, công nhận, công bố và thu hồi quyết định công nhận địa phương đạt chuẩn nông thôn mới;';

interface DecisionFacts {
  readonly decisionNumber: string;
  readonly decisionDate: string;
  readonly signer: string;
}

/** The frame both decisions share: the province's committee issues them, its chair signs. */
function decision(
  names: DocumentNames,
  facts: DecisionFacts,
  issuedAt: string,
  content: Pick<OfficialDocument, 'subject' | 'body'>,
): OfficialDocument {
  return {
    issuer: provinceCommittee(names),
    number: facts.decisionNumber,
    placeAndDate: `${placeName(names.province)}, ${dateInWords(facts.decisionDate)}`,
    kind: 'QUYẾT ĐỊNH',
    subject: content.subject,
    body: [
      { kind: 'heading', text: `CHỦ TỊCH ỦY BAN NHÂN DÂN ${capitals(names.province)}` },
      { kind: 'paragraph', text: LEGAL_BASIS },
      ...content.body,
      {
        kind: 'paragraph',
        text: `Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ngành có liên quan và Chủ tịch Ủy ban nhân dân ${inSentence(names.unit)} chịu trách nhiệm thi hành Quyết định này./.`,
      },
    ],
    signature: { capacity: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: facts.signer },
    recipients: ['Như Điều 3', 'Bộ Nông nghiệp và Môi trường', 'Văn phòng Điều phối nông thôn mới tỉnh', 'Lưu: VT'],
    ...(names.verificationUrl ? { verificationUrl: names.verificationUrl } : {}),
    issuedAt,
  };
}

/** Quyết định công nhận, from the dossier's last recognition; undefined before there is one. */
export function recognitionDecision(
  events: readonly DossierEvent[],
  names: DocumentNames,
): OfficialDocument | undefined {
  const recognised = lastOf(events, 'DossierRecognised');
  if (!recognised) return undefined;
  const { level, year, metCount, total } = recognised.data;
  const standard = `${names.unit} đạt chuẩn ${LEVEL_NAMES[level].vi} năm ${year}`;
  return decision(names, recognised.data, recognised.metadata.now, {
    subject: `Về việc công nhận ${inSentence(standard)}`,
    body: [
      {
        kind: 'paragraph',
        text: `Căn cứ kết quả thẩm định hồ sơ đề nghị xét công nhận: ${metCount}/${total} tiêu chí đạt chuẩn;`,
      },
      { kind: 'heading', text: 'QUYẾT ĐỊNH:' },
      { kind: 'paragraph', text: `Điều 1. Công nhận ${standard}.` },
      { kind: 'paragraph', text: 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.' },
    ],
  });
}

/** Quyết định thu hồi, naming the recognition it revokes and the criteria no longer met. */
export function revocationDecision(
  events: readonly DossierEvent[],
  names: DocumentNames,
): OfficialDocument | undefined {
  const revoked = lastOf(events, 'RecognitionRevoked');
  const recognised = lastOf(events, 'DossierRecognised');
  if (!revoked || !recognised) return undefined;
  const { decisionNumber, decisionDate, level, year } = recognised.data;
  const recognition = `Quyết định số ${decisionNumber} ${dateInWords(decisionDate)} công nhận ${inSentence(names.unit)} đạt chuẩn ${LEVEL_NAMES[level].vi} năm ${year}`;
  const unmet = revoked.data.unmetCriterionIds.map(names.criterion).join('; ');
  return decision(names, revoked.data, revoked.metadata.now, {
    subject: `Về việc thu hồi ${recognition}`,
    body: [
      { kind: 'heading', text: 'QUYẾT ĐỊNH:' },
      {
        kind: 'paragraph',
        text: `Điều 1. Thu hồi ${recognition}, do không còn đạt chuẩn các tiêu chí: ${unmet}.`,
      },
      { kind: 'paragraph', text: 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.' },
    ],
  });
}
