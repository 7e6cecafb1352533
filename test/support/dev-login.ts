/** Logs a demo user in through the API's dev login; the headers carry the bearer token. */
export async function devLoginHeaders(apiUrl: string, userId: string): Promise<Record<string, string>> {
  const response = await fetch(`${apiUrl}/api/v1/auth/dev-login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (response.status !== 200) throw new Error(`dev login of ${userId}: HTTP ${response.status}`);
  const { accessToken } = (await response.json()) as { accessToken: string };
  return { authorization: `Bearer ${accessToken}` };
}

/** The demo administrator (data/demo-users.yaml in libs/auth). */
export const DEMO_ADMINISTRATOR = 'quan-tri-bac-kan';
