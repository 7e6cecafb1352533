import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

import { ApiProblem } from '../api/problem';

/** A refusal in the user's language, with each field it concerns; nothing else on the page is cleared. */
export function ProblemAlert({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : undefined;
  const message =
    problem?.code === 'network'
      ? t('errors.network')
      : problem?.code === 'unexpected'
        ? t('errors.unexpected', { status: problem.status })
        : problem?.status === 412
          ? t('errors.stale')
          : (problem?.message ?? t('errors.title'));
  const lines = [
    ...(problem?.detail ? [{ reason: problem.detail, line: problem.detail }] : []),
    ...(problem?.errors ?? []).map(({ field, reason }) => ({ reason, line: t('errors.field', { field, reason }) })),
  ];
  // A one-field refusal's reason is often its title and its detail too: each is said once.
  const said = new Set([message]);
  const details: string[] = [];
  for (const { reason, line } of lines) {
    if (said.has(reason)) continue;
    said.add(reason);
    details.push(line);
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={message}
      description={
        details.length > 0 ? (
          <ul className="problem-details">
            {details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
