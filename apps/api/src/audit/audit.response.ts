import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import type { AuditState, Sentence, StateDiff, StoredEventLine, TimelineEntry } from '@ntm/audit';
import type { DossierSummary, EvidenceRef } from '@ntm/domain';

import { DOMAIN_OBJECT } from '../platform/api-schemas';

class SentenceResponse implements Sentence {
  @ApiProperty() readonly vi!: string;
  @ApiProperty() readonly en!: string;
}

export class TimelineEntryResponse implements TimelineEntry {
  @ApiProperty() readonly streamId!: string;
  @ApiProperty() readonly version!: number;
  @ApiProperty() readonly globalPosition!: number;
  @ApiProperty({ format: 'uuid' }) readonly eventId!: string;
  @ApiProperty() readonly type!: string;
  @ApiProperty({ format: 'date-time' }) readonly recordedAt!: string;
  @ApiProperty({ type: String, nullable: true }) readonly commandTime!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly actor!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Họ tên người thực hiện (khi biết)' })
  readonly actorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly role!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Vòng của hồ sơ khi sự kiện được ghi' })
  readonly round!: number | null;
  @ApiProperty({ type: String, nullable: true }) readonly unit!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly onBehalfOf!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly workflowId!: string | null;
  @ApiProperty({ type: SentenceResponse }) readonly sentence!: SentenceResponse;
  @ApiProperty({ type: 'array', items: DOMAIN_OBJECT }) readonly evidence!: readonly EvidenceRef[];
  @ApiProperty({ type: [String] }) readonly criteria!: readonly string[];
  @ApiProperty() readonly hash!: string;
}

export class TimelineResponse {
  @ApiProperty() readonly dossierId!: string;
  @ApiProperty({ type: [TimelineEntryResponse] }) readonly events!: TimelineEntryResponse[];
}

/** Verdicts, indicator values and the survey as the domain folds them at that point. */
export class AuditStateResponse implements AuditState {
  @ApiProperty({ description: 'Phiên bản của sự kiện cuối được tính (0: chưa có)' }) readonly version!: number;
  @ApiProperty({ type: String, nullable: true }) readonly recordedAt!: string | null;
  @ApiProperty() readonly status!: AuditState['status'];
  @ApiProperty({ type: Number, nullable: true }) readonly round!: number | null;
  @ApiProperty(DOMAIN_OBJECT) readonly criteria!: AuditState['criteria'];
  @ApiProperty(DOMAIN_OBJECT) readonly indicators!: AuditState['indicators'];
  @ApiProperty({ ...DOMAIN_OBJECT, nullable: true }) readonly survey!: AuditState['survey'];
  @ApiProperty() readonly votes!: number;
  @ApiProperty({ ...DOMAIN_OBJECT, nullable: true }) readonly summary!: DossierSummary | null;
}

/** Each change is `{ from, to }`; a field absent did not change. */
export class StateDiffResponse implements StateDiff {
  @ApiProperty() readonly fromVersion!: number;
  @ApiProperty() readonly toVersion!: number;
  @ApiPropertyOptional(DOMAIN_OBJECT) readonly status?: StateDiff['status'];
  @ApiPropertyOptional(DOMAIN_OBJECT) readonly round?: StateDiff['round'];
  @ApiProperty(DOMAIN_OBJECT) readonly criteria!: StateDiff['criteria'];
  @ApiProperty(DOMAIN_OBJECT) readonly indicators!: StateDiff['indicators'];
  @ApiPropertyOptional(DOMAIN_OBJECT) readonly votes?: StateDiff['votes'];
}

export class StoredEventLineResponse implements StoredEventLine {
  @ApiProperty() readonly position!: number;
  @ApiProperty() readonly streamId!: string;
  @ApiProperty() readonly version!: number;
  @ApiProperty({ format: 'uuid' }) readonly eventId!: string;
  @ApiProperty() readonly type!: string;
  @ApiProperty() readonly schemaVersion!: number;
  @ApiProperty(DOMAIN_OBJECT) readonly data!: unknown;
  @ApiProperty(DOMAIN_OBJECT) readonly metadata!: unknown;
  @ApiProperty({ format: 'date-time' }) readonly recordedAt!: string;
  @ApiProperty({ type: String, nullable: true }) readonly prevHash!: string | null;
  @ApiProperty() readonly hash!: string;
}

export class EventSearchResponse {
  @ApiProperty({ type: [StoredEventLineResponse] }) readonly events!: StoredEventLineResponse[];
  @ApiProperty({ type: String, nullable: true, description: '<giao dịch>-<vị trí>; null ở trang cuối' })
  readonly nextCursor!: string | null;
}

/** `ok: true` with the number of events checked, or the first broken link. */
export class VerifyResponse {
  @ApiProperty() readonly ok!: boolean;
  @ApiPropertyOptional({ description: 'Số sự kiện đã kiểm tra (khi ok)' }) readonly checked?: number;
  @ApiPropertyOptional() readonly streamId?: string;
  @ApiPropertyOptional() readonly version?: number;
  @ApiPropertyOptional() readonly position?: number;
  @ApiPropertyOptional({
    description:
      'Vì sao chuỗi băm bị đứt (when broken); checkpoint-mismatch: luồng không còn khớp điểm neo đã ký ở phiên bản đó',
  })
  readonly reason?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Điểm neo đã ký mà chuỗi được đối chiếu (when ok)' })
  readonly anchoredAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Điểm neo có chữ ký không hợp lệ (forged checkpoint)' })
  readonly checkpointTakenAt?: string;
}
