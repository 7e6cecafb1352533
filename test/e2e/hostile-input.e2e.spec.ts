import { vietnamDateOf } from '@ntm/calendar';
import { apiJourney } from '../support/api-journey';
import { appraisalPlan, dossierInPosting, filingSteps, rulesFiledOn, versionOf } from '../support/dossier-journey';
import { until } from '../support/until';

const PROVINCE = '19';
const COMMUNE = '02008';
/** A second commune of the province, whose dossier is submitted for appraisal. */
const APPRAISED_COMMUNE = '01969';
const APPRAISED_GROUP = { group: 3 } as const;
const NUL = 'abc\u0000def';
const LONE_SURROGATE = 'abc\ud800def';

describe('hostile input is refused at the edge with the field named, and changes nothing', () => {
  const { as, sign, system } = apiJourney();
  const commune = as('commune-officer', COMMUNE);
  let dossierId = '';
  /** The stream version the last accepted command answered with. */
  let written = 0;

  const read = async (path: string) => {
    const { accessToken } = await sign({
      userId: 'dieu-phoi-hostile',
      name: 'Điều phối',
      grants: [{ role: 'province-coordinator', unit: PROVINCE }],
    });
    return system().request(`/api/v1${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
  };
  const version = async () => versionOf((await read(`/dossiers/${dossierId}`)).headers.get('etag'));

  beforeAll(async () => {
    ({ dossierId, version: written } = await dossierInPosting(as, COMMUNE, PROVINCE));
  });

  const comment = (content: string, author = 'Người dân thôn 1') => ({
    author,
    content,
    receivedOn: new Date().toISOString(),
  });

  it.each([
    ['a NUL', NUL],
    ['a lone surrogate', LONE_SURROGATE],
    ['a control character', 'abc\u0007def'],
  ])(
    'a comment with %s in its content is refused naming the field, and the dossier takes the next comment',
    async (_, text) => {
      const refused = await commune(`/dossiers/${dossierId}/comments`, comment(text));
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'validation', errors: [{ field: 'content' }] });
      // The next comment is the very next event: the refused one wrote nothing.
      const accepted = await commune(`/dossiers/${dossierId}/comments`, comment('Đường thôn còn hỏng\nđoạn cuối'));
      expect(accepted.status).toBe(200);
      expect(versionOf(accepted.etag)).toBe(written + 1);
      written += 1;
    },
  );

  it.each([
    ['criterion', 'criterion=abc'],
    ['unit', 'unit=0200x'],
    ['status', 'status=appraised'],
    ['overdue', 'overdue=maybe'],
    ['dueBy', 'dueBy=31/12/2026'],
  ])('a department queue filter on %s that is not one is refused naming it', async (field, query) => {
    const { accessToken } = await sign({
      userId: 'tham-dinh-hostile',
      name: 'Thẩm định',
      grants: [{ role: 'department-appraiser', unit: PROVINCE, department: 'SXD' }],
    });
    const answer = await system().request(`/api/v1/work-queues/department?${query}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await answer.json()) as { code: string; errors: { field: string }[] };
    expect(problem.code).toBe('validation');
    expect(problem.errors.length).toBeGreaterThan(0);
    expect(problem.errors.every((error) => error.field === field)).toBe(true);
  });

  it('the assessment of a dossier that does not exist, or is not a dossier id, answers 404 like a missing dossier', async () => {
    for (const id of ['7d1c3f5e-0000-4000-8000-000000000001', 'khong-phai-uuid']) {
      const answer = await read(`/dossiers/${id}/assessment`);
      expect([id, answer.status]).toEqual([id, 404]);
    }
    expect((await read(`/dossiers/${dossierId}/assessment`)).status).toBe(200);
  });

  describe('on a dossier under appraisal', () => {
    let appraisedId = '';
    const rules = () => rulesFiledOn(vietnamDateOf(new Date()), PROVINCE, APPRAISED_GROUP);
    const firstCriterion = () => appraisalPlan(rules())[0];
    const appraise = (criterionId: string, findings: string) => {
      const { department, judgements } = firstCriterion();
      return as('department-appraiser', PROVINCE, { department })(
        `/dossiers/${appraisedId}/criteria/${criterionId}/appraisal`,
        { verdict: 'met', findings, judgements },
      );
    };

    beforeAll(async () => {
      const officer = as('commune-officer', APPRAISED_COMMUNE);
      const registration = { unitCode: APPRAISED_COMMUNE, level: 'ntm', year: 2026, communeGroup: 3 };
      appraisedId = String((await officer('/dossiers', registration)).body.dossierId);
      for (const [send, path, body] of filingSteps(
        rules(),
        APPRAISED_GROUP,
        officer,
        as('survey-officer', APPRAISED_COMMUNE),
      )) {
        expect((await send(`/dossiers/${appraisedId}/${path}`, body)).status).toBe(200);
      }
    });

    it.each([
      ['a NUL', NUL],
      ['a lone surrogate', LONE_SURROGATE],
    ])('findings with %s are refused naming the field, and the appraisal then goes through', async (_, text) => {
      const { criterionId } = firstCriterion();
      const refused = await appraise(criterionId, text);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'validation', errors: [{ field: 'findings' }] });
      expect((await appraise(criterionId, 'Đạt: đường trục xã đã cứng hoá 100%')).status).toBe(200);
    });

    it.each(['99', 'khong-phai-tieu-chi'])(
      'criterion %s, which the dossier does not have, answers 404 like the domain, not "not awaiting appraisal"',
      async (criterionId) => {
        const response = await appraise(criterionId, 'Đạt');
        expect(response).toMatchObject({ status: 404, body: { code: 'criterion.not-found' } });
      },
    );
  });

  it('five commands sent in parallel with one If-Match: exactly one is taken, the others get 412 with the current version', async () => {
    const seen = written;
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        commune(`/dossiers/${dossierId}/comments`, comment(`Ý kiến song song ${n}`), { 'if-match': `W/"${seen}"` }),
      ),
    );
    const taken = answers.filter((answer) => answer.status === 200);
    expect(taken).toHaveLength(1);
    expect(taken[0].body).toMatchObject({ version: seen + 1 });
    for (const refused of answers.filter((answer) => answer.status !== 200)) {
      expect(refused).toMatchObject({
        status: 412,
        body: { code: 'dossier.version-changed', currentVersion: seen + 1 },
      });
    }
    await until(async () => (await version()) === seen + 1, 'the detail at the one taken comment');
  });

  it('nested text and keys are checked too, with their path', async () => {
    const refused = await commune(`/dossiers/${dossierId}/comments`, { ...comment('ok'), extra: { deep: [NUL] } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'extra.deep.0' })]);
    const key = await commune(`/dossiers/${dossierId}/comments`, { ...comment('ok'), [`a${NUL}`]: 1 });
    expect(key.status).toBe(400);
  });

  it('a JSON body nested 10,000 deep is refused with 400, not a stack overflow', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const { accessToken } = await sign({
      userId: 'xa-hostile',
      name: 'Cán bộ xã',
      grants: [{ role: 'commune-officer', unit: COMMUNE }],
    });
    const response = await system().request(`/api/v1/dossiers/${dossierId}/comments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: `{"author":${deep}}`,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it.each([
    '/dossiers/x%00',
    '/dossiers/x%00?minVersion=1',
    '/audit/dossiers/x%00/timeline',
    '/audit/dossiers/x%00/state?at=2026-01-01T00:00:00Z',
    '/admin/users/x%00',
    '/communes/x%00/groups',
  ])('GET %s answers 400 problem+json, never 500', async (path) => {
    const response = await read(path);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it.each([
    ['/dossiers/%E0%A4%A', 400],
    [`/dossiers/${'a'.repeat(150)}`, 414],
  ])('GET %s (a path Fastify cannot route) answers %i problem+json without echoing it', async (path, status) => {
    const response = await read(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.text()).not.toContain(path.slice(-20));
  });

  it.each(['/dossiers/khong-phai-uuid', '/audit/dossiers/khong-phai-uuid/timeline'])(
    'GET %s (not a dossier id) answers 404 like a missing dossier',
    async (path) => {
      expect((await read(path)).status).toBe(404);
    },
  );
});
