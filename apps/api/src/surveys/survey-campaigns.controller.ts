import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

import { tallyCampaign } from '@ntm/survey';

import { dossierUnit } from '../dossiers/dossier-lookup';
import { VersionEtagInterceptor } from '../dossiers/version-etag.interceptor';
import { Authorize } from '../auth/authorize.decorator';
import { ApiProblems, COMMAND, WITH_BODY } from '../platform/api-problems';
import { CertifyDto, OpenCampaignDto } from './dto/campaign.dto';
import {
  CampaignListResponse,
  CertifiedCampaignResponse,
  CampaignTalliesResponse,
  CampaignViewResponse,
  OpenedCampaignResponse,
  SurveyOutcomeResponse,
} from './dto/survey.response';
import { type CampaignListItem, SurveyCampaignIndex } from './survey-campaign-index';
import { type CertifiedOutcome, SurveyCommands, type OpenedOutcome } from './survey-commands';
import { SurveyStore, type SurveyOutcome } from './survey-store';
import { campaignView, type CampaignView } from './campaign-view';

/** MTTQ survey officers of the dossier's unit (or above) write; auditors and coordinators read. */
export const SURVEY_WRITE = { roles: ['survey-officer'], scope: dossierUnit } as const;
export const SURVEY_READ = {
  roles: ['survey-officer', 'auditor', 'province-coordinator', 'district-coordinator'],
  scope: dossierUnit,
} as const;
export const DossierId = () => Param('dossierId', new ParseUUIDPipe());
/** Any text: an unknown campaign is a 404 of the survey's own (its stream does not exist). */
export const CampaignId = () => Param('campaignId');

@ApiTags('surveys')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false })
@Controller('dossiers/:dossierId/survey-campaigns')
@UseInterceptors(VersionEtagInterceptor)
export class SurveyCampaignsController {
  constructor(
    private readonly commands: SurveyCommands,
    private readonly store: SurveyStore,
    private readonly index: SurveyCampaignIndex,
  ) {}

  @Post()
  @Authorize(SURVEY_WRITE)
  @ApiOperation({ summary: 'Mở đợt lấy ý kiến sự hài lòng: phạm vi, hình thức, phiếu, mẫu, thời gian (ngày làm việc)' })
  @ApiCreatedResponse({ type: OpenedCampaignResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  open(@Req() r: FastifyRequest, @DossierId() id: string, @Body() body: OpenCampaignDto): Promise<OpenedOutcome> {
    return this.commands.open(r, id, body);
  }

  @Get()
  @Authorize(SURVEY_READ)
  @ApiOperation({ summary: 'Các đợt khảo sát của hồ sơ: trạng thái, số hộ đã trả lời, kết quả đã xác nhận' })
  @ApiOkResponse({ type: CampaignListResponse })
  @ApiProblems(404)
  async list(@DossierId() id: string): Promise<{ items: CampaignListItem[] }> {
    return { items: await this.index.of(id) };
  }

  @Get(':campaignId')
  @Authorize(SURVEY_READ)
  @ApiOperation({ summary: 'Đợt khảo sát: kế hoạch, trạng thái, kết quả tổng hợp trực tiếp' })
  @ApiOkResponse({ type: CampaignViewResponse })
  @ApiProblems(404)
  async view(@DossierId() id: string, @CampaignId() campaignId: string): Promise<CampaignView> {
    return campaignView(await this.store.load(id, campaignId));
  }

  @Get(':campaignId/tallies')
  @Authorize(SURVEY_READ)
  @ApiOperation({ summary: 'Tổng hợp theo thôn, theo câu hỏi; tỷ lệ, mẫu số, ngưỡng; lý do không hài lòng' })
  @ApiOkResponse({ type: CampaignTalliesResponse })
  @ApiProblems(404)
  async tallies(@DossierId() id: string, @CampaignId() campaignId: string): Promise<CampaignTalliesResponse> {
    const { state, version } = await this.store.load(id, campaignId);
    return { campaignId, version, status: state.status, ...tallyCampaign(state)! };
  }

  @Post(':campaignId/closure')
  @HttpCode(200)
  @Authorize(SURVEY_WRITE)
  @ApiHeader({ name: 'If-Match', required: false, description: 'W/"<phiên bản đợt khảo sát>"' })
  @ApiOperation({ summary: 'Kết thúc thu phiếu' })
  @ApiOkResponse({ type: SurveyOutcomeResponse })
  @ApiProblems(...COMMAND)
  close(@Req() r: FastifyRequest, @DossierId() id: string, @CampaignId() campaignId: string): Promise<SurveyOutcome> {
    return this.commands.run(r, id, campaignId, (metadata) => ({ type: 'CloseSurveyCampaign', data: {}, metadata }));
  }

  @Post(':campaignId/certification')
  @HttpCode(200)
  @Authorize(SURVEY_WRITE)
  @ApiHeader({ name: 'If-Match', required: false, description: 'W/"<phiên bản đợt khảo sát>"' })
  @ApiOperation({ summary: 'MTTQ xác nhận kết quả (không thay đổi được, trừ khi mở đợt mới); hồ sơ ghi nhận kết quả' })
  @ApiOkResponse({ type: CertifiedCampaignResponse })
  @ApiProblems(...WITH_BODY, ...COMMAND)
  certify(
    @Req() r: FastifyRequest,
    @DossierId() id: string,
    @CampaignId() campaignId: string,
    @Body() body: CertifyDto,
  ): Promise<CertifiedOutcome> {
    return this.commands.certify(r, id, campaignId, body.report);
  }
}
