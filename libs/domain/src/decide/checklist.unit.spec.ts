/* eslint-disable jest/expect-expect -- the assertions are in given().when().then*() (testing/decider-specification.ts) */
import { decide } from '.';
import { aggregate } from '../evolve';
import { submissionChecklist } from '../submission-checklist';
import { given } from '../testing/decider-specification';
import {
  clearStep,
  cmd,
  filingCommands,
  history,
  pinnedRules,
  regimeWithChecklist,
  run,
  SHA,
  twoTierRegime,
} from '../testing/fixtures';

const OTHER = { sha256: 'c'.repeat(64), name: 'to-trinh-ky.pdf' };
const filed = () => filingCommands(pinnedRules(regimeWithChecklist));
const complete = () => [...filed(), cmd.attachDocument('to-trinh'), cmd.attachDocument('bien-ban-hop')];

describe('The submission dossier of QĐ 18/2022/QĐ-TTg, Điều 7 khoản 1', () => {
  it('refuses a submission while a required document is missing, naming each in Vietnamese', () => {
    const result = decide(cmd.submit('province'), aggregate(history(...filed())));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('submission.documents-missing');
    expect(result.error.kind).toBe('forbidden');
    expect(result.error.messageVi).toBe('Hồ sơ đề nghị còn thiếu: Tờ trình; Biên bản họp.');
    expect(result.error.details).toEqual({
      missing: [
        { documentId: 'to-trinh', name: 'Tờ trình' },
        { documentId: 'bien-ban-hop', name: 'Biên bản họp' },
      ],
    });
  });

  it('accepts the submission once every required document is attached; optional ones may stay missing', () => {
    given(history(...complete()))
      .when(cmd.submit('province'))
      .thenEmits(['DossierSubmitted']);
  });

  it('counts the MTTQ report and the closed posting as present from the dossier’s own events', () => {
    const checklist = submissionChecklist(run(filed()).state)!;
    const byId = Object.fromEntries(checklist.items.map((i) => [i.documentId, i]));
    expect(byId['bao-cao-hai-long-mttq']).toMatchObject({
      status: 'present',
      produced: true,
      files: [{ sha256: SHA }],
    });
    expect(byId['bao-cao-tong-hop-y-kien']).toMatchObject({ status: 'present', produced: true });
    expect(byId['tai-lieu-khac']).toMatchObject({ status: 'missing', required: false });
    // A document of another level (kiểu mẫu) is not part of an NTM dossier.
    expect(byId['linh-vuc-noi-bat']).toBeUndefined();
    expect(checklist.missing).toEqual(['to-trinh', 'bien-ban-hop']);
  });

  it('does not count the survey report before the survey is certified', () => {
    const beforeSurvey = filed().filter((c) => c.type !== 'RecordSurveyResult');
    const checklist = submissionChecklist(run(beforeSurvey).state)!;
    expect(checklist.missing).toContain('bao-cao-hai-long-mttq');
  });

  it('a detached file no longer counts: the submission is refused again', () => {
    const { state } = run([...complete(), cmd.detachDocument('to-trinh')]);
    expect(submissionChecklist(state)!.missing).toEqual(['to-trinh']);
    const result = decide(cmd.submit('province'), state);
    expect(result.ok ? undefined : result.error.code).toBe('submission.documents-missing');
  });

  it('keeps several files per document and detaches only the one named', () => {
    const { state } = run([
      ...filed(),
      cmd.attachDocument('to-trinh'),
      cmd.attachDocument('to-trinh', OTHER),
      cmd.detachDocument('to-trinh', SHA),
    ]);
    expect(submissionChecklist(state)!.items[0]).toMatchObject({ status: 'present', files: [OTHER] });
  });

  it('refuses a document the pinned regime does not list, the same file twice, and a bad file reference', () => {
    given(history(...filed()))
      .when(cmd.attachDocument('giay-khen'))
      .thenFails('checklist.unknown-document', 'not-found');
    given(history(...filed(), cmd.attachDocument('to-trinh')))
      .when(cmd.attachDocument('to-trinh'))
      .thenFails('checklist.already-attached', 'conflict');
    given(history(...filed()))
      .when(cmd.attachDocument('to-trinh', { sha256: 'not-a-digest', name: 'x.pdf' }))
      .thenFails('command.invalid-field', 'validation');
    given(history(...filed()))
      .when(cmd.detachDocument('to-trinh'))
      .thenFails('checklist.file-not-attached', 'not-found');
  });

  it('closes the list once the dossier is submitted: later files go through supplements', () => {
    given(history(...complete(), cmd.submit('province')))
      .when(cmd.attachDocument('tai-lieu-khac', OTHER))
      .thenFails('dossier.invalid-state', 'conflict');
  });

  it('leaves dossiers whose pinned rules predate the list unchecked (rules never change in flight)', () => {
    given(history(...filingCommands(pinnedRules(twoTierRegime))))
      .when(cmd.submit('province'))
      .thenEmits(['DossierSubmitted']);
    expect(submissionChecklist(run(filingCommands(pinnedRules(twoTierRegime))).state)).toMatchObject({
      items: [],
      missing: [],
    });
  });

  it('starts a round resubmitted afresh with an empty list: a new submission needs its own documents', () => {
    const { state } = run([...complete(), ...clearStep('province'), cmd.refuse(null), cmd.resubmit()]);
    const checklist = submissionChecklist(state)!;
    expect(checklist.round).toBe(2);
    expect(checklist.missing).toEqual(expect.arrayContaining(['to-trinh', 'bien-ban-hop']));
  });

  it('keeps the documents in a round carried over from a refusal of some criteria', () => {
    const { state } = run([...complete(), ...clearStep('province'), cmd.refuse('c-income'), cmd.resubmit()]);
    expect(submissionChecklist(state)).toMatchObject({ round: 2, missing: [] });
  });
});
