import type { components } from '../api/schema';

export type CampaignView = components['schemas']['CampaignViewResponse'];
export type CampaignTally = components['schemas']['CampaignTallyResponse'];
export type RowProblem = components['schemas']['RowProblemResponse'];
