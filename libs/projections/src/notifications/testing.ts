import type { DossierCommand, DossierEvent } from '@ntm/domain';
import { cmd, filingCommands, history } from '@ntm/domain/testing/fixtures';

/**
 * A fixture dossier filed by Cẩm Giàng (02008) of Thái Nguyên (19) as the demo users' grants
 * expect, submitted and dispatched: only the criteria of `departments`, each to its department;
 * then the commands `after`.
 */
export function dispatchedInCamGiang(
  dossierId: string,
  departments: Readonly<Record<string, string>>,
  ...after: DossierCommand[]
): DossierEvent[] {
  return history(...filingCommands(), cmd.submit('province'), cmd.assign('province'), ...after).map((event) => {
    if (event.type === 'DossierRegistered')
      return { ...event, data: { ...event.data, dossierId, unit: { code: '02008', kind: 'commune' }, province: '19' } };
    if (event.type !== 'CriteriaAssigned') return event;
    const assignments = event.data.assignments.flatMap((a) =>
      departments[a.criterionId] ? [{ ...a, department: departments[a.criterionId] }] : [],
    );
    return { ...event, data: { ...event.data, assignments } };
  });
}
