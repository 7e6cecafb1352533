import { Inject, Injectable } from '@nestjs/common';
import {
  type Client,
  isGrpcDeadlineError,
  WithStartWorkflowOperation,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';

import type { DomainErrorInit, DomainErrorKind, DossierCommand, DossierSummary } from '@ntm/domain';
import {
  type CommandOutcome,
  dossierPosition,
  type DossierPosition,
  dossierWorkflowId,
  executeCommand,
  RECOGNITION_WORKFLOW,
} from '@ntm/workflows/dossier/messages';
import { STORE_UNAVAILABLE, VERSION_CHANGED, type VersionChangedDetails } from '@ntm/workflows/dossier/failures';
import type { recognitionWorkflow } from '@ntm/workflows/dossier/workflow';

import { notFound } from '../auth/auth.problems';
import { ProblemException, serviceUnavailable } from '../platform/problem.exception';
import { domainProblem, versionChanged } from '../platform/record-problems';
import { APP_CONFIG, type AppConfig, TEMPORAL_CLIENT } from '../platform/tokens';

type DomainFailureDetails = DomainErrorInit & { readonly kind: DomainErrorKind };

/** A Query a loaded worker did not answer in time is asked again, so that a busy moment is not a 503. */
const QUERY_ATTEMPTS = 3;

/**
 * Exactly the guard's answer for a dossier outside the caller's jurisdiction: a distinct code or
 * title for one that does not exist would tell a caller which ids exist in other provinces.
 */
export const dossierNotFound = notFound;

/**
 * The API's only way to a dossier's workflow: commands as Updates (the update id is the command
 * id, so a retried request gets the first answer), the live position as a Query.
 */
@Injectable()
export class DossierGateway {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(dossierId: string, command: DossierCommand): Promise<CommandOutcome> {
    const start = new WithStartWorkflowOperation<typeof recognitionWorkflow>(RECOGNITION_WORKFLOW, {
      workflowId: dossierWorkflowId(dossierId),
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      args: [{ dossierId }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    return this.refusalsAsProblems(() =>
      this.temporal.workflow.executeUpdateWithStart(executeCommand, {
        args: [command],
        updateId: command.metadata.commandId,
        startWorkflowOperation: start,
      }),
    );
  }

  /**
   * `known`: the position the access guard already read for this request, if any; asking an ended
   * workflow again makes a worker replay its whole history, which a loaded worker may not do in time.
   */
  async send(
    dossierId: string,
    command: DossierCommand,
    known: () => Promise<DossierPosition> = () => this.position(dossierId),
  ): Promise<CommandOutcome> {
    const handle = this.temporal.workflow.getHandle(dossierWorkflowId(dossierId));
    return this.refusalsAsProblems(
      () => handle.executeUpdate(executeCommand, { args: [command], updateId: command.metadata.commandId }),
      () => this.closedOrMissing(known),
    );
  }

  /**
   * The workflow of a withdrawn or revoked dossier has ended, so Temporal no longer finds it for an
   * Update; the dossier still exists (the guard just read its position): a conflict, not a 404.
   */
  private async closedOrMissing(position: () => Promise<DossierPosition>): Promise<ProblemException> {
    const { summary } = await position();
    if (!summary) return dossierNotFound();
    return new ProblemException({
      code: 'dossier.closed',
      status: 409,
      title: { vi: 'Hồ sơ đã kết thúc', en: 'The dossier is closed' },
      detail: {
        vi: `Hồ sơ ở trạng thái ${summary.status}, không nhận thêm yêu cầu.`,
        en: `The dossier is ${summary.status} and takes no further commands.`,
      },
      extensions: { dossierStatus: summary.status },
    });
  }

  /** The dossier as its workflow holds it; undefined when there is no such dossier (never registered). */
  async summaryOf(dossierId: string): Promise<DossierSummary | undefined> {
    try {
      return (await this.position(dossierId)).summary ?? undefined;
    } catch (error) {
      if (error instanceof ProblemException && error.getStatus() === 404) return undefined;
      throw error;
    }
  }

  async position(dossierId: string, attempts = QUERY_ATTEMPTS): Promise<DossierPosition> {
    try {
      return await this.temporal.workflow.getHandle(dossierWorkflowId(dossierId)).query(dossierPosition);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw dossierNotFound();
      if (attempts > 1 && isGrpcDeadlineError(error)) return this.position(dossierId, attempts - 1);
      throw error;
    }
  }

  private async refusalsAsProblems(
    call: () => Promise<CommandOutcome>,
    notFound: () => Promise<ProblemException> = async () => dossierNotFound(),
  ): Promise<CommandOutcome> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw await notFound();
      const cause = error instanceof WorkflowUpdateFailedError ? error.cause : undefined;
      if (cause instanceof ApplicationFailure && cause.type === STORE_UNAVAILABLE)
        throw serviceUnavailable('event-store');
      if (cause instanceof ApplicationFailure && cause.type === VERSION_CHANGED) {
        const [{ expected, current }] = cause.details as [VersionChangedDetails];
        throw versionChanged('dossier', expected, current);
      }
      const refusal = domainFailure(cause);
      if (refusal) throw domainProblem(refusal);
      throw error;
    }
  }
}

function domainFailure(cause: unknown): DomainFailureDetails | undefined {
  if (!(cause instanceof ApplicationFailure)) return undefined;
  const [details] = cause.details ?? [];
  return details && typeof details === 'object' && 'kind' in details ? (details as DomainFailureDetails) : undefined;
}
