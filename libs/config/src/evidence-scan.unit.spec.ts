import { ConfigError, loadConfig } from './load-config';

describe('evidence scanning settings (EVIDENCE_SCAN, CLAMD_ADDRESS, CLAMD_TIMEOUT_MS)', () => {
  it('scans nothing by default', () => {
    const config = loadConfig({});
    expect([config.EVIDENCE_SCAN, config.CLAMD_ADDRESS, config.CLAMD_TIMEOUT_MS]).toEqual(['off', undefined, 60_000]);
  });

  it('takes clamd at host:port, [IPv6]:port or an absolute Unix socket path', () => {
    for (const address of ['127.0.0.1:3310', 'clamav:3310', '[::1]:3310', '/run/clamav/clamd.ctl']) {
      expect(loadConfig({ EVIDENCE_SCAN: 'clamd', CLAMD_ADDRESS: address }).CLAMD_ADDRESS).toBe(address);
    }
  });

  it('refuses clamd without an address, a malformed address, or an unknown scanner, naming the setting', () => {
    expect(() => loadConfig({ EVIDENCE_SCAN: 'clamd' })).toThrow(/CLAMD_ADDRESS: bắt buộc khi EVIDENCE_SCAN=clamd/);
    expect(() => loadConfig({ EVIDENCE_SCAN: 'clamd', CLAMD_ADDRESS: 'clamd.sock' })).toThrow(/CLAMD_ADDRESS/);
    expect(() => loadConfig({ EVIDENCE_SCAN: 'clamd', CLAMD_ADDRESS: '   ' })).toThrow(/CLAMD_ADDRESS/);
    expect(() => loadConfig({ EVIDENCE_SCAN: 'virustotal' })).toThrow(ConfigError);
    expect(() => loadConfig({ EVIDENCE_SCAN: 'virustotal' })).toThrow(/EVIDENCE_SCAN: .*off, clamd/);
    expect(() => loadConfig({ CLAMD_TIMEOUT_MS: '5' })).toThrow(/CLAMD_TIMEOUT_MS/);
  });
});
