import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath } from '@nestjs/swagger';

import type { FieldError, ProblemDetails } from './problem';

export class FieldErrorSchema implements FieldError {
  @ApiProperty({ example: 'criteria.0.indicators.1.value' })
  readonly field!: string;

  @ApiProperty({ example: 'phải là số (must be a number)' })
  readonly reason!: string;
}

/** The one error body of the API (RFC 9457); extensions such as `dependency` or `down` may follow. */
export class ProblemDetailsSchema implements ProblemDetails {
  readonly [extension: string]: unknown;

  @ApiProperty({ example: 'urn:ntm:problem:validation' })
  readonly type!: string;

  @ApiProperty({ example: 'Dữ liệu không hợp lệ' })
  readonly title!: string;

  @ApiProperty({ example: 400 })
  readonly status!: number;

  @ApiPropertyOptional()
  readonly detail?: string;

  @ApiPropertyOptional({ description: 'Đường dẫn của yêu cầu (request path)' })
  readonly instance?: string;

  @ApiPropertyOptional({ description: 'Mã yêu cầu, như trong tiêu đề x-request-id' })
  readonly requestId?: string;

  @ApiPropertyOptional({ example: 'validation', description: 'Mã lỗi ổn định (stable error code)' })
  readonly code?: string;

  @ApiPropertyOptional({ type: [FieldErrorSchema] })
  readonly errors?: readonly FieldErrorSchema[];
}

const DESCRIPTIONS = {
  400: 'Dữ liệu không hợp lệ: trường sai, ký tự không lưu được (NUL, ký tự điều khiển), lồng quá sâu',
  401: 'Chưa xác thực: thiếu, sai hoặc hết hạn mã truy cập (Bearer)',
  403: 'Vai trò hoặc phạm vi quản lý không cho phép',
  404: 'Không tìm thấy, hoặc ngoài phạm vi quản lý của người gọi',
  409: 'Xung đột với trạng thái hiện tại (đã ghi, đang xử lý)',
  412: 'If-Match không khớp phiên bản hiện tại',
  413: 'Dữ liệu gửi lên quá lớn',
  414: 'Địa chỉ yêu cầu (URI) quá dài',
  415: 'Kiểu nội dung (Content-Type) không được hỗ trợ',
  422: 'Quy tắc nghiệp vụ không cho phép lệnh này ở trạng thái hiện tại',
  429: 'Quá nhiều yêu cầu; xem Retry-After',
  431: 'Tiêu đề yêu cầu quá lớn',
  503: 'Thành phần cần thiết tạm thời không sẵn sàng; gửi lại sau (Retry-After)',
} as const;

export type ProblemStatus = keyof typeof DESCRIPTIONS;

/**
 * Every route: the input rule (400), a request target or head too long to read (414, 431) and an
 * unreachable database or Temporal (503).
 */
export const EVERY_ROUTE: readonly ProblemStatus[] = [400, 414, 431, 503];
/** A route that reads a body: too large (413) or not of a type it accepts (415). */
export const WITH_BODY: readonly ProblemStatus[] = [413, 415];
/** A command on an existing record: not there, in conflict, stale `If-Match`, refused by a rule. */
export const COMMAND: readonly ProblemStatus[] = [404, 409, 412, 422];

/** Documents the problem+json answers a route gives, each with the one ProblemDetails schema. */
export const ApiProblems = (...statuses: readonly ProblemStatus[]) =>
  applyDecorators(
    ApiExtraModels(ProblemDetailsSchema),
    ...[...new Set(statuses)].map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status],
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsSchema) } } },
      }),
    ),
  );
