import type { DevTokenSigner } from '@ntm/auth';
import { DEV_TOKEN_SIGNER } from '@ntm/api/auth/auth.tokens';
import type { RunningApi } from '@ntm/api/bootstrap';

/** Where the tests file 2026–2030 dossiers: Thái Nguyên, Đồng Nai, Ninh Bình, Quảng Ngãi. */
const TEST_PROVINCES = ['19', '75', '37', '51'];

/**
 * The 2026–2030 catalogue ships as a draft (its thresholds are reconstructed, libs/catalogue/README.md):
 * before the tests file dossiers on it, each test province's administrator publishes it through the
 * API, as a province does. The publication itself is tested in test/e2e/catalogue.e2e.spec.ts.
 */
export async function publishDraftCatalogue(api: RunningApi, provinces = TEST_PROVINCES): Promise<void> {
  const sign = api.app.get<symbol, DevTokenSigner>(DEV_TOKEN_SIGNER);
  for (const province of provinces) {
    const grants = [{ role: 'administrator' as const, unit: province }];
    const { accessToken } = await sign({ userId: `quan-tri-${province}`, name: 'Quản trị', grants });
    const response = await fetch(`${api.url}/api/v1/catalogue/2026.1/publications`, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ province, legalReference: 'QĐ 51/2025/QĐ-TTg (kiểm thử)' }),
    });
    if (response.status !== 200) throw new Error(`publishing 2026.1 in ${province}: ${await response.text()}`);
  }
}
