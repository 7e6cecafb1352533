/** The parts of an OpenAPI 3 document the contract specs read. */
export interface OpenApiDocument {
  readonly paths: Record<string, Record<string, OpenApiOperation>>;
}

export interface OpenApiOperation {
  readonly parameters?: readonly { readonly name: string; readonly in: string; readonly required?: boolean }[];
  readonly requestBody?: { readonly content: Record<string, unknown> };
  readonly security?: readonly unknown[];
  readonly responses: Record<string, { readonly content?: Record<string, { readonly schema?: { $ref?: string } }> }>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

export function operationsOf(document: OpenApiDocument) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] })),
  );
}

/**
 * A TypeScript module, to be compiled next to openapi-typescript's `api.d.ts`, that calls every
 * operation through openapi-fetch's typed paths and requires a typed success body from each (an
 * operation without one yields `never` or `unknown`, which does not compile). Parameter values
 * and bodies are placeholders (`as never`): what is checked is each call's path, method, required
 * parameters and the body it reads. Two calls carry real bodies: the survey's, whose schemas a
 * class-name collision once replaced with the dossier's.
 */
export function typedCallsOf(document: OpenApiDocument): string {
  const calls = operationsOf(document).map(({ path, method, operation }, index) => {
    const params = ['path', 'query']
      .map((place) => {
        const names = (operation.parameters ?? [])
          .filter((parameter) => parameter.in === place && (place === 'path' || parameter.required))
          .map((parameter) => `${JSON.stringify(parameter.name)}: 'x' as never`);
        return names.length > 0 ? `${place}: { ${names.join(', ')} }` : undefined;
      })
      .filter((place) => place !== undefined);
    const init = [
      ...(params.length > 0 ? [`params: { ${params.join(', ')} }`] : []),
      ...(operation.requestBody ? ['body: {} as never'] : []),
    ];
    return [
      `export async function call${index}() {`,
      `  const { data } = await client.${method.toUpperCase()}(${JSON.stringify(path)}, { ${init.join(', ')} });`,
      '  return successBody(data);',
      '}',
    ].join('\n');
  });
  return [HEADER, ...calls, SURVEY_CALLS].join('\n\n');
}

const HEADER = `import createClient from 'openapi-fetch';
import type { paths } from './api';

const client = createClient<paths>({ baseUrl: 'http://127.0.0.1' });

/** Compiles only for a success body the document types: neither \`never\` (none) nor \`unknown\`. */
function successBody<T>(
  data: T,
  ..._typed: unknown extends T ? ['untyped success body'] : [NonNullable<T>] extends [never] ? ['no success body'] : []
): T {
  return data;
}`;

const SURVEY_CALLS = `export async function openCampaignAndRecordResponse(dossierId: string) {
  const opened = await client.POST('/api/v1/dossiers/{dossierId}/survey-campaigns', {
    params: { path: { dossierId } },
    body: {
      villages: [{ code: 'T1', name: 'Thôn 1', households: 10 }],
      method: 'paper',
      questionnaire: {
        version: 'MTTQ-1',
        overallQuestionId: 'q1',
        questions: [{ id: 'q1', text: 'Hài lòng?' }],
        reasons: [{ code: 'duong-xuong-cap', label: 'Đường giao thông xuống cấp' }],
      },
      samplePlan: { kind: 'all-households' },
      opensOn: '2030-01-02',
      durationWorkingDays: 5,
      officers: [{ level: 'commune', userId: 'mttq-1' }],
    },
  });
  const campaignId: string = opened.data!.campaignId;
  const closesOn: string = opened.data!.closesOn;
  const recorded = await client.POST('/api/v1/dossiers/{dossierId}/survey-campaigns/{campaignId}/responses', {
    params: { path: { dossierId, campaignId } },
    body: {
      householdCode: 'T1-1',
      village: 'T1',
      answers: [{ questionId: 'q1', satisfied: false, reason: 'duong-xuong-cap' }],
      channel: 'paper',
    },
  });
  const version: number = recorded.data!.version;
  return { closesOn, version };
}`;
