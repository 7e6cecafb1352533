import { isRole } from '@ntm/auth';
import { dossierEventTypes, type DossierEvent } from '@ntm/domain';
import {
  cmd,
  criterionIds,
  filingCommands,
  history,
  pinnedRules,
  recognitionCommands,
  regimeWithChecklist,
  twoTierRegime,
} from '@ntm/domain/testing/fixtures';
import { lapsedValues, revocationCmd, revokedStepwise } from '@ntm/domain/testing/revocation-fixtures';

import { evidenceOf } from './evidence';
import { describeEvent } from './sentences';

const context = {
  criterionName: (id: string) => `«${id}»`,
  departmentName: (code: string) => ({ vi: `Sở «${code}»`, en: `Department «${code}»` }),
  personName: (id: string) => `Họ tên ${id}`,
  unitName: (code: string) => `Xã «${code}»`,
};

/** Histories that between them reach every event type the domain can record. */
const histories: DossierEvent[][] = [
  history(...recognitionCommands(twoTierRegime), cmd.proposeRevocation(['c-income', 'c-poverty']), cmd.revoke()),
  history(
    ...recognitionCommands(twoTierRegime),
    cmd.proposeRevocation(['c-income', 'c-poverty']),
    cmd.explainRevocation(),
    cmd.dismissRevocation(),
  ),
  history(
    ...recognitionCommands(twoTierRegime),
    cmd.proposeRevocation(['c-income', 'c-poverty']),
    cmd.explanationOverdue('2026-04-08', '2026-04-09T00:00:00.000Z'),
    cmd.revoke(),
  ),
  history(
    ...filingCommands(),
    cmd.submit('province'),
    cmd.assign('province'),
    cmd.requestSupplement('c-income'),
    cmd.provideSupplement('c-income', { 'i-income': 52 }),
    cmd.extend('c-poverty'),
    ...criterionIds.map((id) => cmd.appraise(id, id === 'c-poverty' ? 'not-met' : 'met')),
    cmd.complete('province'),
    cmd.refuse('c-poverty'),
    cmd.resubmit(),
    cmd.withdraw(),
  ),
  history(...filingCommands(), cmd.carryOver(), cmd.closeOnMerger('xa-moi-2')),
  history(...revokedStepwise()),
  history(...recognitionCommands(twoTierRegime), revocationCmd.reviewRound(lapsedValues), revocationCmd.closeCase()),
  history(...recognitionCommands(twoTierRegime), cmd.announceRecognition()),
  history(
    ...filingCommands(pinnedRules(regimeWithChecklist)),
    cmd.attachDocument('to-trinh'),
    cmd.detachDocument('to-trinh'),
  ),
];
const sample = new Map(histories.flat().map((event) => [event.type, event]));

describe('the timeline sentence of each event type', () => {
  it.each(dossierEventTypes.map((type) => [type]))('%s reads as one Vietnamese and one English sentence', (type) => {
    const event = sample.get(type);
    if (!event) throw new Error(`no fixture history records ${type}`);
    const sentence = describeEvent(event, context);
    const subject = event.metadata.role === 'system' ? 'Hệ thống' : context.personName(event.metadata.actor);
    expect(sentence.vi).toContain(subject);
    // The fixtures also use made-up roles ('coordinator'): those have no Vietnamese name to show.
    expect(isRole(event.metadata.role) && sentence.vi.includes(`(${event.metadata.role}`)).toBe(false);
    expect(sentence.vi).not.toEqual(sentence.en);
    expect(`${sentence.vi} ${sentence.en}`).not.toMatch(/undefined|\[object/);
  });

  it('names the department, the appraiser, the criterion and the verdict of an appraisal', () => {
    const appraisal = sample.get('CriterionAppraised');
    if (appraisal?.type !== 'CriterionAppraised') throw new Error('fixture');
    expect(describeEvent(appraisal, context).vi).toBe(
      `Sở «${appraisal.data.department}» (Họ tên ${appraisal.metadata.actor}) đánh giá tiêu chí «${appraisal.data.criterionId}» — Đạt`,
    );
  });

  it('names the person with their role in Vietnamese, the unit, and the level as the decisions do', () => {
    expect(describeEvent(sample.get('DossierRegistered') as DossierEvent, context).vi).toBe(
      'Họ tên commune-officer-1 (cán bộ xã) đăng ký hồ sơ xét công nhận Xã «xa-01» đạt chuẩn nông thôn mới năm 2026',
    );
  });

  it('writes dates the Vietnamese way, day first', () => {
    const recognised = sample.get('DossierRecognised');
    if (recognised?.type !== 'DossierRecognised') throw new Error('fixture');
    const [year, month, day] = recognised.data.decisionDate.split('-');
    expect(describeEvent(recognised, context).vi).toContain(`ngày ${day}/${month}/${year}`);
  });

  it('dates the posting by its days in Việt Nam and names the tier in words, never as stored', () => {
    const posted = describeEvent(sample.get('ResultsPosted') as DossierEvent, context).vi;
    // The fixture posts from 2026-03-01T00:00Z, already 07:00 on 1 March in Việt Nam.
    expect(posted).toContain('công khai kết quả từ 01/03/2026 đến 16/03/2026');
    expect(describeEvent(sample.get('DossierSubmitted') as DossierEvent, context).vi).toMatch(/cấp (tỉnh|huyện)$/);
  });

  it('tells what a resubmission keeps and which criteria it reassesses', () => {
    expect(describeEvent(sample.get('DossierResubmitted') as DossierEvent, context).vi).toContain(
      'nộp lại hồ sơ (vòng 2), giữ kết quả công khai và khảo sát, sửa các tiêu chí c-poverty',
    );
  });

  it('shows who acted on whose behalf', () => {
    const event = sample.get('DossierWithdrawn') as DossierEvent;
    const delegated = { ...event, metadata: { ...event.metadata, onBehalfOf: 'chu-tich-xa' } } as DossierEvent;
    expect(describeEvent(delegated, context).vi).toContain('thay mặt Họ tên chu-tich-xa');
  });

  it('lists the evidence files of a self-assessment once each, with their sha256', () => {
    const files = evidenceOf(sample.get('SelfAssessmentRecorded') as DossierEvent);
    expect(files).toEqual([{ sha256: 'a'.repeat(64), name: 'bien-ban.pdf' }]);
  });
});
