import { vietnamDateOf } from '@ntm/calendar';
import type { Role } from '@ntm/auth';
import type { Variant } from '@ntm/catalogue';

import {
  apiActor,
  appraisalPlan,
  EVIDENCE,
  meetingValues,
  rulesFiledOn,
  type Send,
  submissionDocumentSteps,
} from './dossier-steps';

type Sign = Parameters<typeof apiActor>[1];
/**
 * `in-appraisal`: half the criteria of the first review step decided (district verification under
 * three tiers); then, all appraised, the province's steps as far as the stage names: consolidated
 * (waiting for its council), approved by the council (waiting for the decision), recognised.
 */
type Stage = 'self-assessed' | 'in-appraisal' | 'awaiting-council' | 'awaiting-decision' | 'recognised';

interface DemoDossier {
  readonly key: string;
  readonly unit: string;
  readonly province: string;
  /** Three-tier dossiers: the district whose divisions verify them. */
  readonly district?: string;
  readonly variant: Variant;
  readonly filedOn?: string;
  readonly stage: Stage;
}

/** The demo's public posting: 17 days, closed before the demo's decisions of 20/11/2026. */
const DEMO_POSTING = { postedFrom: '2026-10-26T01:00:00.000Z', postedUntil: '2026-11-12T10:00:00.000Z' };

/**
 * Dossiers at several stages, so a newcomer's work queues are not empty: every request carries a
 * fixed Idempotency-Key, so a second start answers from the first and files nothing twice.
 */
const DEMO: readonly DemoDossier[] = [
  { key: 'cam-giang-2026', unit: '02008', province: '19', variant: { group: 2 }, stage: 'recognised' },
  { key: 'phu-thong-2026', unit: '01969', province: '19', variant: { group: 3 }, stage: 'in-appraisal' },
  { key: 'cho-ra-2026', unit: '01912', province: '19', variant: { group: 3 }, stage: 'self-assessed' },
  { key: 'tan-cuong-2026', unit: '05503', province: '19', variant: { group: 2 }, stage: 'awaiting-council' },
  { key: 'dai-tu-2026', unit: '05830', province: '19', variant: { group: 2 }, stage: 'awaiting-decision' },
  // Filed under the 2021–2025 rules (19 criteria, three tiers): keeps them for life.
  {
    key: 'quan-ha-2025',
    unit: '02005',
    province: '06',
    district: '063',
    variant: { region: 'northern-midlands-mountains' },
    filedOn: '2025-06-01',
    stage: 'in-appraisal',
  },
];

/**
 * The 2026–2030 catalogue ships as a draft (thresholds reconstructed, libs/catalogue/README.md):
 * the demo province publishes it, as its administrator would once the texts are checked.
 */
const DEMO_PUBLICATION = {
  province: '19',
  legalReference: 'QĐ 51/2025/QĐ-TTg (dữ liệu mẫu: ngưỡng chưa đối chiếu phụ lục chính thức)',
};

export async function seedDemo(apiUrl: string, sign: Sign, progress: (line: string) => void): Promise<void> {
  const as = apiActor(apiUrl, sign);
  const administrator = as('administrator', DEMO_PUBLICATION.province, { userId: 'quan-tri-thai-nguyen' });
  const published = await administrator('/catalogue/2026.1/publications', DEMO_PUBLICATION, {
    'idempotency-key': 'demo-cong-bo-danh-muc-2026.1',
  });
  // Already published there (by hand, or under another key): the demo files on it all the same.
  if (published.status !== 200 && published.body.code !== 'catalogue.already-published')
    throw new Error(`công bố danh mục 2026.1: HTTP ${published.status} ${JSON.stringify(published.body)}`);
  progress(`  danh mục 2026.1 (dự thảo) được tỉnh ${DEMO_PUBLICATION.province} công bố áp dụng (dữ liệu mẫu)`);
  for (const dossier of DEMO) {
    const id = await advance(dossier, as, decidedAlready(apiUrl, sign, dossier.province));
    progress(`  hồ sơ mẫu ${dossier.key} (${dossier.stage}): ${apiUrl}/api/v1/dossiers/${id}`);
  }
}

const DECIDED = ['recognised', 'revocation-proposed', 'revoked', 'refused'];

/**
 * Whether a dossier is past its decision already: the data of an earlier start, seeded by steps
 * whose Idempotency-Keys have since changed, is left as it stands rather than sent them again.
 */
function decidedAlready(apiUrl: string, sign: Sign, province: string) {
  const coordinator = {
    userId: 'dieu-phoi-du-lieu-mau',
    name: 'Điều phối (dữ liệu mẫu)',
    grants: [{ role: 'province-coordinator' as const, unit: province }],
  };
  return async (id: string): Promise<boolean> => {
    const { accessToken } = await sign(coordinator);
    const response = await fetch(`${apiUrl}/api/v1/dossiers/${id}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    return response.ok && DECIDED.includes(((await response.json()) as { status: string }).status);
  };
}

async function advance(
  demo: DemoDossier,
  as: ReturnType<typeof apiActor>,
  decided: (id: string) => Promise<boolean>,
): Promise<string> {
  const rules = rulesFiledOn(demo.filedOn ?? vietnamDateOf(new Date()), demo.province, demo.variant);
  const call: Call = async (role, unit, path, body, options = {}) => {
    const send: Send = as(role, unit, options);
    const key = `demo-${demo.key}-${path}-${options.userId ?? ''}`;
    const answer = await send(path, body, { 'idempotency-key': key });
    if (answer.status >= 300)
      throw new Error(`hồ sơ mẫu ${demo.key} ${path}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  };
  const registration = {
    unitCode: demo.unit,
    level: 'ntm',
    year: 2026,
    ...('group' in demo.variant ? { communeGroup: demo.variant.group } : { region: demo.variant.region }),
    ...(demo.filedOn ? { filedOn: demo.filedOn } : {}),
  };
  const id = String((await call('commune-officer', demo.unit, '/dossiers', registration)).body.dossierId);
  const commune = (path: string, payload: unknown) =>
    call('commune-officer', demo.unit, `/dossiers/${id}/${path}`, payload);
  await commune('self-assessment', {
    indicators: meetingValues(rules.criteriaSet, demo.variant),
    constructionDebt: { outstanding: false, evidence: EVIDENCE },
    securityAndOrder: { complicated: false, evidence: EVIDENCE },
  });
  if (demo.stage === 'self-assessed') return id;
  // Fixed dates: a restart sends every request again with its Idempotency-Key, and a key reused
  // with another body is refused.
  await commune('posting', { ...DEMO_POSTING, places: ['Nhà văn hóa xã'] });
  await commune('posting/closure', {});
  await call('survey-officer', demo.unit, `/dossiers/${id}/survey-result`, {
    respondents: 420,
    satisfied: 399,
    households: 560,
    certifiedBy: 'Ban Thường trực UBMTTQ xã',
    report: EVIDENCE,
  });
  // The first review step: the district's divisions under three tiers, the province's departments under two.
  const { tier } = rules.regime.steps[0];
  for (const [path, body] of submissionDocumentSteps(rules)) await attachOnce(demo, id, as, path, body);
  await commune('submissions', { tier });
  const plan = appraisalPlan(rules, 0);
  const appraised = demo.stage === 'in-appraisal' ? plan.slice(0, Math.floor(plan.length / 2)) : plan;
  const [role, unit]: [Role, string] =
    tier === 'district' ? ['district-appraiser', demo.district ?? ''] : ['department-appraiser', demo.province];
  for (const { criterionId, department, judgements } of appraised) {
    const body = { verdict: 'met', findings: 'Đạt', judgements };
    await call(role, unit, `/dossiers/${id}/criteria/${criterionId}/appraisal`, body, { department });
  }
  if (demo.stage === 'in-appraisal' || (await decided(id))) return id;
  await finish(id, demo, call);
  return id;
}

/**
 * Demo data of an earlier start may be past its submission already, or pinned before the submission
 * dossier's list existed: the document is then not asked for, and the step is left as it stands.
 */
const NOT_ASKED_FOR = ['dossier.invalid-state', 'checklist.unknown-document'];

async function attachOnce(
  demo: DemoDossier,
  id: string,
  as: ReturnType<typeof apiActor>,
  path: string,
  body: unknown,
): Promise<void> {
  const send = as('commune-officer', demo.unit);
  const answer = await send(`/dossiers/${id}/${path}`, body, { 'idempotency-key': `demo-${demo.key}-${path}-` });
  if (answer.status >= 300 && !NOT_ASKED_FOR.includes(String(answer.body.code)))
    throw new Error(`hồ sơ mẫu ${demo.key} ${path}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
}

type Call = (
  role: Role,
  unit: string,
  path: string,
  body: unknown,
  options?: { userId?: string; department?: string },
) => ReturnType<Send>;

/** Thái Nguyên's demo council and chairman (libs/auth/data/demo-users.yaml), who sit and sign in the demo. */
const SECRETARY = 'thu-ky-thai-nguyen';
const MEMBERS = ['hoi-dong-thai-nguyen-1', 'hoi-dong-thai-nguyen-2', 'hoi-dong-thai-nguyen-3'];
const CHAIRMAN = 'chu-tich-thai-nguyen';

/** The province's steps after the appraisals, as far as the dossier's stage: consolidation, council, decision. */
async function finish(id: string, { province, stage }: DemoDossier, call: Call): Promise<void> {
  await call('province-coordinator', province, `/dossiers/${id}/review-step/completion`, { tier: 'province' });
  if (stage === 'awaiting-council') return;
  const secretary = { userId: SECRETARY };
  await call(
    'council-secretary',
    province,
    `/dossiers/${id}/council`,
    { tier: 'province', members: MEMBERS },
    secretary,
  );
  for (const userId of MEMBERS) {
    await call('council-member', province, `/dossiers/${id}/council/votes`, { approve: true }, { userId });
  }
  await call('council-secretary', province, `/dossiers/${id}/council/closure`, { tier: 'province' }, secretary);
  if (stage === 'awaiting-decision') return;
  const decision = { decisionNumber: '2468/QĐ-UBND', decisionDate: '2026-11-20', signer: 'Chủ tịch UBND tỉnh' };
  await call('approver', province, `/dossiers/${id}/decision`, decision, { userId: CHAIRMAN });
}
