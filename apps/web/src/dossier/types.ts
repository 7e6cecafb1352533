import type { components } from '../api/schema';

export type DossierDetail = components['schemas']['DossierDetailResponse'];
export type Assessment = components['schemas']['AssessmentResponse'];
