import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Form } from 'antd';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { useCredentials } from '../api/client';
import { answerRequests } from '../test-support';
import type { EvidenceRef } from './evidence';
import { EvidencePicker } from './EvidencePicker';
import { SubmitWhenUploaded } from './SubmitWhenUploaded';

const DOSSIER = '7d1c3f5e-0000-4000-8000-000000000001';
const SHA = 'ab'.repeat(32);

/** The browser's XMLHttpRequest as the picker uses it, answered by the test. */
class FakeUpload {
  static sent: FakeUpload[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeUpload.sent.push(this);
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

function Field({ onChange }: { readonly onChange: (value: EvidenceRef[]) => void }) {
  const [value, setValue] = useState<EvidenceRef[]>([]);
  return (
    <EvidencePicker
      dossierId={DOSSIER}
      label="Tiêu chí 1"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

async function choose(file: File) {
  await userEvent.upload(screen.getByLabelText('Chọn tệp minh chứng — Tiêu chí 1'), file);
  await waitFor(() => expect(FakeUpload.sent).toHaveLength(1));
  return FakeUpload.sent[0];
}

describe('EvidencePicker: a file chosen is uploaded to the dossier', () => {
  beforeEach(() => {
    FakeUpload.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeUpload);
    useCredentials({ accessToken: 'token-xa' });
  });
  afterEach(() => {
    useCredentials(undefined);
    vi.restoreAllMocks();
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('streams the file with the bearer token, shows how far it has gone, and records the ref the server returned', async () => {
    const changed = vi.fn();
    render(<Field onChange={changed} />);
    const file = new File(['%PDF-1.7'], 'Biên bản họp dân.pdf', { type: 'application/pdf' });
    const upload = await choose(file);
    expect(upload.method).toBe('POST');
    expect(upload.url).toBe(
      `/api/v1/dossiers/${DOSSIER}/evidence?fileName=Bi%C3%AAn+b%E1%BA%A3n+h%E1%BB%8Dp+d%C3%A2n.pdf`,
    );
    expect(upload.headers).toMatchObject({
      Authorization: 'Bearer token-xa',
      'Content-Type': 'application/octet-stream',
    });
    expect(upload.body).toBe(file);

    upload.progress(40, 100);
    expect(await screen.findByText('Đang tải lên Biên bản họp dân.pdf…')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');

    upload.answer(200, { dossierId: DOSSIER, sha256: SHA, name: file.name, size: 8, mediaType: 'application/pdf' });
    await waitFor(() => expect(changed).toHaveBeenCalledWith([{ sha256: SHA, name: 'Biên bản họp dân.pdf' }]));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: 'Tải về Biên bản họp dân.pdf' })).toBeTruthy();
  });

  it('shows why the server refused a file, and records nothing', async () => {
    const changed = vi.fn();
    render(<Field onChange={changed} />);
    const upload = await choose(new File(['PK'], 'ho-so.zip'));
    upload.answer(415, {
      type: 'urn:ntm:problem:evidence.unsupported-type',
      code: 'evidence.unsupported-type',
      status: 415,
      title: 'Loại tệp không được nhận làm minh chứng',
      detail: 'Nội dung tệp là application/zip; chỉ nhận PDF, ảnh, văn bản Word/Excel.',
      detectedType: 'application/zip',
    });
    expect(await screen.findByText('Không tải lên được ho-so.zip')).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Loại tệp không được nhận làm minh chứng');
    expect(alert.textContent).toContain('Nội dung tệp là application/zip');
    expect(changed).not.toHaveBeenCalled();
  });

  it("the form's submit button waits for the files still uploading, then sends them with the form", async () => {
    const sent = vi.fn();
    render(
      <Form onFinish={sent}>
        <Form.Item name="evidence">
          <EvidencePicker dossierId={DOSSIER} label="Tiêu chí 1" />
        </Form.Item>
        <SubmitWhenUploaded dossierId={DOSSIER}>Gửi</SubmitWhenUploaded>
      </Form>,
    );
    const upload = await choose(new File(['%PDF-1.7'], 'to-trinh.pdf', { type: 'application/pdf' }));
    const button = screen.getByRole('button', { name: 'Gửi' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(true));
    expect(screen.getByText('Còn 1 tệp đang tải lên: chờ tải xong rồi gửi.')).toBeTruthy();
    await userEvent.click(button);
    expect(sent).not.toHaveBeenCalled();

    upload.answer(200, {
      dossierId: DOSSIER,
      sha256: SHA,
      name: 'to-trinh.pdf',
      size: 8,
      mediaType: 'application/pdf',
    });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    await userEvent.click(button);
    await waitFor(() => expect(sent).toHaveBeenCalledWith({ evidence: [{ sha256: SHA, name: 'to-trinh.pdf' }] }));
  });

  it('a refused file no longer holds the form back', async () => {
    render(
      <Form>
        <Form.Item name="evidence">
          <EvidencePicker dossierId={DOSSIER} label="Tiêu chí 1" />
        </Form.Item>
        <SubmitWhenUploaded dossierId={DOSSIER}>Gửi</SubmitWhenUploaded>
      </Form>,
    );
    const upload = await choose(new File(['PK'], 'ho-so.zip'));
    const button = screen.getByRole('button', { name: 'Gửi' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(true));
    upload.answer(415, { code: 'evidence.unsupported-type', status: 415, title: 'Loại tệp không được nhận' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
  });

  it('saves a file the dossier cites when its name is clicked, fetched with the bearer token', async () => {
    const sent = answerRequests(() => ({ status: 200, body: { scanned: true } }));
    const saved = vi.fn();
    // jsdom keeps no blobs: the object URL stands for the downloaded file.
    Object.assign(URL, { createObjectURL: () => 'blob:minh-chung', revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved(this.download, this.href);
    });
    render(
      <EvidencePicker
        dossierId={DOSSIER}
        label="Tiêu chí 1"
        disabled
        value={[{ sha256: SHA, name: 'Ảnh hiện trạng.jpg' }]}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tải về Ảnh hiện trạng.jpg' }));
    await waitFor(() => expect(saved).toHaveBeenCalledWith('Ảnh hiện trạng.jpg', 'blob:minh-chung'));
    expect(sent[0].url.pathname).toBe(`/api/v1/dossiers/${DOSSIER}/evidence/${SHA}`);
    expect(sent[0].headers.get('authorization')).toBe('Bearer token-xa');
  });
});
