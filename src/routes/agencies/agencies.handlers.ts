import type { Context } from 'hono';
import type { AreaCode } from '../../domain/areas.ts';
import type { AppEnv, AppRouteHandler } from '../../http/env.ts';
import { whoOf } from '../../http/context.ts';
import { etagOf, versionFromIfMatch } from '../../http/etag.ts';
import { agencyViews, readAgency, saveAgencyBlock } from '../../services/agencies.ts';
import { publishedCertificates } from '../../services/signing-keys.ts';
import type { CertificatesRoute, GetRoute, ListRoute, PutFacilitiesRoute, PutRccRoute, PutSettingsRoute } from './agencies.routes.ts';

export const list: AppRouteHandler<ListRoute> = async (c) => c.json({ items: await agencyViews(c.get('deps').db) }, 200);

export const get: AppRouteHandler<GetRoute> = async (c) => {
  const agency = await readAgency(c.get('deps').db, c.req.valid('param').code);
  c.header('ETag', etagOf('agency', agency.code, agency.version));
  return c.json(agency, 200);
};

async function save(c: Context<AppEnv>, code: AreaCode, block: Parameters<typeof saveAgencyBlock>[4]) {
  const expected = versionFromIfMatch(c.req.header('If-Match'), 'agency', code);
  const saved = await saveAgencyBlock(c.get('deps').db, whoOf(c), code, expected, block, c.get('deps').now());
  c.header('ETag', etagOf('agency', saved.code, saved.version));
  return saved;
}

export const putRcc: AppRouteHandler<PutRccRoute> = async (c) => c.json(await save(c, c.req.valid('param').code, { rcc: c.req.valid('json') }), 200);

export const putFacilities: AppRouteHandler<PutFacilitiesRoute> = async (c) =>
  c.json(await save(c, c.req.valid('param').code, { facilities: c.req.valid('json') }), 200);

export const putSettings: AppRouteHandler<PutSettingsRoute> = async (c) =>
  c.json(await save(c, c.req.valid('param').code, { settings: c.req.valid('json') }), 200);

export const certificates: AppRouteHandler<CertificatesRoute> = async (c) => {
  // Published to anyone, and changed only by the key ceremony: a reader may keep them a minute.
  c.header('Cache-Control', 'public, max-age=60');
  const items = await publishedCertificates(c.get('deps').db, c.req.valid('param').code);
  return c.json({ items: items.map((k) => ({ ...k, holder: k.holder as AreaCode })) }, 200);
};
