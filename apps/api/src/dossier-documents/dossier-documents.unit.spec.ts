import type { OfficialDocument } from '@ntm/documents';
import { cmd, history, recognitionCommands } from '@ntm/domain/testing/fixtures';

import { recognitionDecision, revocationDecision } from './decision-documents';
import type { DocumentNames } from './document-names';
import { appraisalReport, councilMinutes } from './review-documents';

const NAMES: DocumentNames = {
  unit: 'Xã Cẩm Giàng',
  province: 'Tỉnh Thái Nguyên',
  criterion: (id) => ({ 'c-income': '10. Thu nhập', 'c-poverty': '11. Nghèo đa chiều' })[id] ?? id,
  department: (code) => `Sở ${code}`,
  person: (id) => ({ 'member-1': 'Trần Văn Bình', 'secretary-1': 'Lê Thị Hoa' })[id] ?? id,
  verificationUrl: 'https://ntm.example.vn/xac-minh/0123456789',
};

const recognised = history(...recognitionCommands());
const revoked = history(...recognitionCommands(), cmd.proposeRevocation(['c-income', 'c-poverty']), cmd.revoke());
const registeredOnly = history(...recognitionCommands().slice(0, 1));

/** Every text a document prints, in reading order, to assert on as a reader would. */
const textOf = (document: OfficialDocument | undefined) =>
  document
    ? [
        ...document.issuer,
        document.number,
        document.placeAndDate,
        document.kind,
        document.subject,
        ...document.body.flatMap((block) =>
          block.kind === 'table' ? [...block.columns.map((c) => c.header), ...block.rows.flat()] : [block.text],
        ),
        ...Object.values(document.signature),
        ...document.recipients,
      ].join('\n')
    : '';

describe('the recognition decision (quyết định công nhận)', () => {
  it('carries the number, date and signer the approver recorded, issued by the province committee', () => {
    const decision = recognitionDecision(recognised, NAMES);
    expect(decision).toMatchObject({
      issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH THÁI NGUYÊN'],
      number: '123/QĐ-UBND',
      placeAndDate: 'Thái Nguyên, ngày 01 tháng 5 năm 2026',
      kind: 'QUYẾT ĐỊNH',
      subject: 'Về việc công nhận xã Cẩm Giàng đạt chuẩn nông thôn mới năm 2026',
      signature: { capacity: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Chủ tịch UBND tỉnh' },
      verificationUrl: NAMES.verificationUrl,
    });
    expect(textOf(decision)).toContain('Điều 1. Công nhận Xã Cẩm Giàng đạt chuẩn nông thôn mới năm 2026.');
  });

  it("is dated by the recognition event's own time, so rendering it again gives the same file", () => {
    const event = recognised.findLast((e) => e.type === 'DossierRecognised');
    expect(recognitionDecision(recognised, NAMES)?.issuedAt).toBe(event?.metadata.now);
  });

  it('does not exist before the dossier is recognised', () => {
    expect(recognitionDecision(registeredOnly, NAMES)).toBeUndefined();
  });
});

describe('the revocation decision (quyết định thu hồi)', () => {
  it('names the recognition it revokes and the criteria no longer met', () => {
    const decision = revocationDecision(revoked, NAMES);
    expect(decision).toMatchObject({ number: '900/QĐ-UBND', placeAndDate: 'Thái Nguyên, ngày 01 tháng 6 năm 2027' });
    expect(decision?.subject).toBe(
      'Về việc thu hồi Quyết định số 123/QĐ-UBND ngày 01 tháng 5 năm 2026 công nhận xã Cẩm Giàng đạt chuẩn nông thôn mới năm 2026',
    );
    expect(textOf(decision)).toContain('không còn đạt chuẩn các tiêu chí: 10. Thu nhập; 11. Nghèo đa chiều.');
  });

  it('does not exist while the recognition stands', () => {
    expect(revocationDecision(recognised, NAMES)).toBeUndefined();
  });
});

describe('the appraisal report (báo cáo thẩm định)', () => {
  it('lists each criterion with the department that appraised it, its result and its findings', () => {
    const report = appraisalReport(recognised, NAMES);
    const table = report?.body.find((block) => block.kind === 'table');
    expect(report).toMatchObject({ kind: 'BÁO CÁO', number: '' });
    expect(table?.kind === 'table' && table.rows[0]?.slice(0, 4)).toEqual(['1', '10. Thu nhập', 'Sở thong-ke', 'Đạt']);
    expect(textOf(report)).toContain('Tổng hợp: 4/4 tiêu chí đạt chuẩn./.');
  });

  it('does not exist before the appraisal step is completed', () => {
    expect(appraisalReport(registeredOnly, NAMES)).toBeUndefined();
  });
});

describe('the council minutes (biên bản họp hội đồng)', () => {
  it('lists the members and who voted, the quorum and the approvals, but not how each member voted', () => {
    const minutes = councilMinutes(recognised, NAMES);
    const text = textOf(minutes);
    expect(minutes).toMatchObject({
      issuer: ['UBND TỈNH THÁI NGUYÊN', 'HỘI ĐỒNG THẨM ĐỊNH'],
      kind: 'BIÊN BẢN',
      signature: { position: 'THƯ KÝ', name: 'Lê Thị Hoa' },
    });
    expect(text).toContain('Trần Văn Bình');
    expect(text).toContain(
      'Số thành viên: 5; tham gia biểu quyết: 5 (túc số yêu cầu: 66,7% số thành viên), đủ túc số.',
    );
    expect(text).toContain('Số phiếu tán thành: 5; không tán thành: 0');
    expect(text).toContain('Kết luận: Hội đồng tán thành đề nghị./.');
    expect(text).not.toContain('Đồng ý');
  });

  it('does not exist before a council has concluded', () => {
    expect(councilMinutes(registeredOnly, NAMES)).toBeUndefined();
  });
});
