import { refuse } from '../../errors.ts';
import type { AppRouteHandler } from '../../http/env.ts';
import { byteRange } from '../../http/byte-range.ts';
import { whoOf } from '../../http/context.ts';
import { fieldProblems } from '../../schemas/problems.ts';
import { acknowledgeReceipt, copyForDownload, revisionCopies, verifyCopy } from '../../services/copies.ts';
import type { AcknowledgeRoute, DownloadRoute, ListRoute, VerifyRoute } from './copies.routes.ts';
import { VerifyJson } from './copies.routes.ts';

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const { id, rev } = c.req.valid('param');
  return c.json(await revisionCopies(c.get('deps').db, whoOf(c), id, rev), 200);
};

export const download: AppRouteHandler<DownloadRoute> = async (c) => {
  const { id, rev, n } = c.req.valid('param');
  const { pdf, sha256, filename } = await copyForDownload(c.get('deps').db, whoOf(c), id, rev, n);
  const etag = `"copy-${sha256}"`;
  // Issued copies never change: a client keeps one for good and asks again only with If-None-Match (304).
  const headers = {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${filename}"`,
    ETag: etag,
    'Cache-Control': 'private, max-age=31536000, immutable',
    'Accept-Ranges': 'bytes',
  };
  // A range is served only of the copy the client had (If-Range naming its ETag, when sent).
  const ifRange = c.req.header('If-Range');
  const range = ifRange && ifRange !== etag ? 'whole' : byteRange(c.req.header('Range'), pdf.byteLength);
  if (range === 'unsatisfiable') throw refuse('range_not_satisfiable', { range: c.req.header('Range') ?? '', size: pdf.byteLength });
  if (range === 'whole') return c.body(new Uint8Array(pdf), 200, { ...headers, 'Content-Length': String(pdf.byteLength) }) as never;
  const part = new Uint8Array(pdf).subarray(range.start, range.end + 1);
  return c.body(part, 206, {
    ...headers,
    'Content-Range': `bytes ${range.start}-${range.end}/${pdf.byteLength}`,
    'Content-Length': String(part.byteLength),
  }) as never;
};

export const acknowledge: AppRouteHandler<AcknowledgeRoute> = async (c) => {
  const { id, rev, n } = c.req.valid('param');
  const { fresh, copy } = await acknowledgeReceipt(c.get('deps').db, whoOf(c), id, rev, n, c.get('deps').now());
  return c.json(copy, fresh ? 201 : 200);
};

export const verify: AppRouteHandler<VerifyRoute> = async (c) => {
  const { db } = c.get('deps');
  const type = c.req.header('Content-Type') ?? '';
  let evidence: Parameters<typeof verifyCopy>[1];
  if (/^application\/json/i.test(type)) {
    const parsed = VerifyJson.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) throw refuse('copy_check_form', {}, fieldProblems(parsed.error));
    evidence = parsed.data.sha256 ? { sha256: parsed.data.sha256 } : { code: parsed.data.code! };
  } else if (/^multipart\/form-data/i.test(type)) {
    const form = await c.req.parseBody().catch(() => {
      throw refuse('multipart_unreadable');
    });
    const file = form.file;
    if (!(file instanceof File)) throw refuse('pdf_file_missing', {}, [{ field: 'file', code: 'required' }]);
    evidence = { pdf: new Uint8Array(await file.arrayBuffer()) };
  } else {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0) throw refuse('copy_body_empty');
    evidence = { pdf: bytes };
  }
  return c.json(await verifyCopy(db, evidence), 200);
};
