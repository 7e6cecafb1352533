import {
  type CampaignStatus,
  type CampaignTally,
  type CertifiedResult,
  type OpenedCampaign,
  tallyCampaign,
} from '@ntm/survey';

import type { LoadedCampaign } from './survey-store';

export interface CampaignView {
  readonly version: number;
  readonly status: CampaignStatus;
  readonly campaign: OpenedCampaign;
  /** Files imported, by sha256. */
  readonly imports: readonly string[];
  readonly tally: CampaignTally;
  readonly certified: CertifiedResult | null;
}

/** A loaded campaign as the API shows it: the plan, where it stands and its live tallies. */
export function campaignView({ state, version }: LoadedCampaign): CampaignView {
  return {
    version,
    status: state.status,
    campaign: state.campaign!,
    imports: [...state.imports],
    tally: tallyCampaign(state)!,
    certified: state.certified ?? null,
  };
}
