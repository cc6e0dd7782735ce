import { authHeaders } from '../session';

/**
 * GET /reports/<name>.csv needs the bearer token, which a plain link cannot send: fetch it as a
 * blob and hand the browser an object URL to save.
 */
export async function downloadCsv(name: string, params: Record<string, string>): Promise<void> {
  const res = await fetch(`/reports/${name}.csv?${new URLSearchParams(params)}`, { headers: authHeaders() });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    throw new Error(body?.errors?.[0]?.message ?? `下载失败（${res.status}）`);
  }
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.csv`;
  link.click();
  // the click has handed the blob to the browser's download by the next task
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
