import { loadConfig } from '@ntm/config';
import { redact, runMain } from '@ntm/runtime';

import { DEV_TOKEN_SIGNER } from '@ntm/api/auth/auth.tokens';
import type { DevTokenSigner } from '@ntm/auth';

import { seedDemo } from './demo-seed';
import { startSystem } from './system';

runMain(async () => {
  const config = loadConfig();
  const started = Date.now();
  const system = await startSystem(config, (step) => console.error(`▶ ${step}…`));
  if (config.NTM_DEMO_DATA === 'true' && config.NTM_PROFILE === 'development') {
    console.error('▶ Dữ liệu mẫu (demo dossiers)…');
    const sign = system.api.app.get<symbol, DevTokenSigner>(DEV_TOKEN_SIGNER);
    await seedDemo(system.apiUrl, sign, (line) => console.error(line)).catch(async (error: unknown) => {
      await system.stop();
      throw error;
    });
  }
  console.error(
    [
      '',
      `✔ Hệ thống đã sẵn sàng sau ${((Date.now() - started) / 1000).toFixed(1)} s (system ready)`,
      `  Web:          ${system.apiUrl}/  (chọn người dùng minh hoạ: can-bo-cam-giang, mttq-cam-giang, tham-dinh-thai-nguyen, dieu-phoi-thai-nguyen, thu-ky-thai-nguyen, hoi-dong-thai-nguyen-1, chu-tich-thai-nguyen, thanh-tra-thai-nguyen)`,
      `  API:          ${system.apiUrl}/api/v1`,
      `  OpenAPI docs: ${system.apiUrl}/api/docs`,
      `  Health:       ${system.apiUrl}/health`,
      `  Metrics:      ${system.apiUrl}/metrics`,
      `  Temporal UI:  ${system.temporalUiUrl ?? '(máy chủ Temporal ngoài — xem TEMPORAL_UI_URL)'}`,
      `  PostgreSQL:   ${redact(system.databaseUrl)}`,
      '  Ctrl-C để dừng (to stop).',
      '',
    ].join('\n'),
  );
  return system.stop;
});
