import { loadConfig } from '@ntm/config';
import { checkPostgres, migrate, runMain, StartupError } from '@ntm/runtime';

runMain(async () => {
  const { DATABASE_URL } = loadConfig();
  if (!DATABASE_URL)
    throw new StartupError(
      'DATABASE_URL',
      'cần đặt để chạy migration (required; `npm start` migrates its embedded database itself)',
    );
  await checkPostgres(DATABASE_URL);
  const applied = await migrate(DATABASE_URL);
  console.error(
    applied.length ? `Đã áp dụng (applied): ${applied.join(', ')}` : 'Lược đồ đã mới nhất (schema up to date).',
  );
  return async () => undefined;
});
