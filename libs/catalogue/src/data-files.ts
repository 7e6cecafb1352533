/**
 * The shipped data files, keyed by their path under libs/catalogue/data. Imported rather than read from
 * disk so the catalogue stays free of I/O and bundles anywhere (API, worker, workflow bundle).
 * Publishing a version, or a province's plan targets: add its files under data/ and list them here (see README.md).
 */
import assignments_06_bac_kan_2022 from '../data/assignments/06-bac-kan-2022.json';
import assignments_national_2021_2025 from '../data/assignments/national-2021-2025.json';
import assignments_national_2026_2030 from '../data/assignments/national-2026-2030.json';
import completion_tinh_hoan_thanh_2026_2030 from '../data/completion/tinh-hoan-thanh-2026-2030.json';
import departments_2022 from '../data/departments/2022.json';
import departments_2025_reorganisation from '../data/departments/2025-reorganisation.json';
import regimes_three_tier_2022 from '../data/regimes/three-tier-2022.json';
import regimes_two_tier_2025 from '../data/regimes/two-tier-2025.json';
import sets_huyen_ntm_2021_2025 from '../data/sets/huyen-ntm-2021-2025.json';
import sets_thon_ntm_kieu_mau_2021_2025 from '../data/sets/thon-ntm-kieu-mau-2021-2025.json';
import sets_xa_ntm_2021_2025 from '../data/sets/xa-ntm-2021-2025.json';
import sets_xa_ntm_2026_2030 from '../data/sets/xa-ntm-2026-2030.json';
import sets_xa_ntm_hien_dai_2026_2030 from '../data/sets/xa-ntm-hien-dai-2026-2030.json';
import sets_xa_ntm_kieu_mau_2021_2025 from '../data/sets/xa-ntm-kieu-mau-2021-2025.json';
import sets_xa_ntm_nang_cao_2021_2025 from '../data/sets/xa-ntm-nang-cao-2021-2025.json';
import targets_06_bac_kan_kh_125_2022 from '../data/targets/06-bac-kan-kh-125-2022.json';
import targets_06_bac_kan_kh_231_2022 from '../data/targets/06-bac-kan-kh-231-2022.json';
import targets_35_ha_nam_kh_1465_2023 from '../data/targets/35-ha-nam-kh-1465-2023.json';
import versions_2022_1 from '../data/versions/2022.1.json';
import versions_2025_1 from '../data/versions/2025.1.json';
import versions_2026_1 from '../data/versions/2026.1.json';

export const dataFiles: Readonly<Record<string, unknown>> = {
  'assignments/06-bac-kan-2022.json': assignments_06_bac_kan_2022,
  'assignments/national-2021-2025.json': assignments_national_2021_2025,
  'assignments/national-2026-2030.json': assignments_national_2026_2030,
  'completion/tinh-hoan-thanh-2026-2030.json': completion_tinh_hoan_thanh_2026_2030,
  'departments/2022.json': departments_2022,
  'departments/2025-reorganisation.json': departments_2025_reorganisation,
  'regimes/three-tier-2022.json': regimes_three_tier_2022,
  'regimes/two-tier-2025.json': regimes_two_tier_2025,
  'sets/huyen-ntm-2021-2025.json': sets_huyen_ntm_2021_2025,
  'sets/thon-ntm-kieu-mau-2021-2025.json': sets_thon_ntm_kieu_mau_2021_2025,
  'sets/xa-ntm-2021-2025.json': sets_xa_ntm_2021_2025,
  'sets/xa-ntm-2026-2030.json': sets_xa_ntm_2026_2030,
  'sets/xa-ntm-hien-dai-2026-2030.json': sets_xa_ntm_hien_dai_2026_2030,
  'sets/xa-ntm-kieu-mau-2021-2025.json': sets_xa_ntm_kieu_mau_2021_2025,
  'sets/xa-ntm-nang-cao-2021-2025.json': sets_xa_ntm_nang_cao_2021_2025,
  'targets/06-bac-kan-kh-125-2022.json': targets_06_bac_kan_kh_125_2022,
  'targets/06-bac-kan-kh-231-2022.json': targets_06_bac_kan_kh_231_2022,
  'targets/35-ha-nam-kh-1465-2023.json': targets_35_ha_nam_kh_1465_2023,
  'versions/2022.1.json': versions_2022_1,
  'versions/2025.1.json': versions_2025_1,
  'versions/2026.1.json': versions_2026_1,
};
