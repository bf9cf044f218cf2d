import { createRoute, z } from '@hono/zod-openapi';
import { PORTS } from '../../reference/ports.ts';
import { bearerSecurity, jsonOk, problems } from '../../http/openapi.ts';
import { areaCode } from '../../schemas/fields.ts';
import { router } from '../../http/router.ts';

const PortSchema = z.object({ code: z.string().openapi({ example: 'HKG-SW' }), nameZh: z.string(), nameEn: z.string(), area: areaCode }).openapi('Port');

const list = createRoute({
  method: 'get',
  path: '/api/ports',
  tags: ['Ports'],
  operationId: 'listPorts',
  summary: 'Passenger terminals',
  description: 'Passenger terminals a route may use, with the area each lies in',
  security: bearerSecurity,
  responses: { 200: jsonOk(z.object({ items: z.array(PortSchema) }), 'The port list'), ...problems(401) },
});

export const ports = router().openapi(list, (c) => c.json({ items: [...PORTS] }, 200));
