// The headers the server sends and takes, stated in the OpenAPI document, so that a client generated
// from it reads them from its types instead of off the raw response. They are added to the document the
// routes' schemas build, by the same rules the middleware and handlers follow:
// - every answer carries X-Request-Id (the id its log lines and audit events are under);
// - 429 and 503 carry Retry-After;
// - a record read or written carries its ETag (the If-Match of the next write), a 201 its Location;
// - every POST takes an Idempotency-Key, and its answer says whether it was replayed;
// - a download carries Content-Disposition, and a list page a Link to the next;
// - every answer to a token says where its rate budget stands;
// - a read answered from the replica, the primary unreachable, says so.

type Header = { description: string; schema: { type: 'string' } };
type Response = { description?: string; headers?: Record<string, Header>; content?: Record<string, unknown> };
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: unknown };
type Operation = { parameters?: Parameter[]; responses?: Record<string, Response>; security?: unknown[] };
export type OpenApiDocument = { paths?: Record<string, Record<string, Operation>> };

const header = (description: string): Header => ({ description, schema: { type: 'string' } });

const HEADERS = {
  'X-Request-Id': header("The server's id of this request: quote it when reporting a problem"),
  'Retry-After': header('Seconds to wait before sending the request again'),
  ETag: header('The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again'),
  Location: header('The address of the record created'),
  'Idempotent-Replayed': header('`true` when this is the kept answer to an earlier request with the same Idempotency-Key'),
  'Content-Disposition': header('The file name to save the download under'),
  Link: header('`<…>; rel="next"`: the address of the next page, when there is one'),
  'RateLimit-Policy': header(
    'The caller\'s budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"`',
  ),
  'Content-Range': header('Which bytes of the file this answer holds (`bytes 0-499/245000`), or its size on a 416 (`bytes */245000`)'),
  'Accept-Ranges': header('`bytes`: a download cut off can be resumed with Range'),
  'Registry-Served-From': header(
    '`replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old',
  ),
  RateLimit: header('Where the caller\'s budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again'),
};

const REQUEST_HEADER_NAMES: Record<string, string> = { 'if-match': 'If-Match', range: 'Range', 'if-range': 'If-Range' };

// The records whose reads and writes carry an ETag: a single record at its own address.
const RECORD_PATH = /^\/api\/(plans\/\{id\}|vessels\/\{id\}|companies\/\{id\}|agencies\/\{code\}|arrangement\/pairs\/\{pair\}|proposals\/\{id\})$/;

export function withDeclaredHeaders<D extends OpenApiDocument>(doc: D): D {
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(operations)) {
      // Hono reads request headers in lower case; the document names them as the RFCs write them.
      for (const p of op.parameters ?? []) if (p.in === 'header') p.name = REQUEST_HEADER_NAMES[p.name.toLowerCase()] ?? p.name;
      const takesIfMatch = op.parameters?.some((p) => p.in === 'header' && p.name === 'If-Match') ?? false;
      const isPost = method === 'post';
      const signed = !Array.isArray(op.security) || op.security.length > 0;
      if (isPost && signed && !op.parameters?.some((p) => p.name === 'Idempotency-Key')) {
        op.parameters = [
          ...(op.parameters ?? []),
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description:
              'Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409.',
            schema: { type: 'string', maxLength: 255 },
          },
        ];
        for (const [status, text] of [
          ['409', 'A request with the same Idempotency-Key is still being carried out'],
          ['422', 'The Idempotency-Key was already used with another request'],
        ] as const) {
          op.responses ??= {};
          op.responses[status] ??= { description: text, content: op.responses['400']?.content };
        }
      }
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const add: Record<string, Header> = { 'X-Request-Id': HEADERS['X-Request-Id'] };
        if (signed) Object.assign(add, { 'RateLimit-Policy': HEADERS['RateLimit-Policy'], RateLimit: HEADERS.RateLimit });
        const ok = status.startsWith('2');
        if (status === '429' || status === '503') add['Retry-After'] = HEADERS['Retry-After'];
        if (ok && (takesIfMatch || (method === 'get' && RECORD_PATH.test(path)))) add.ETag = HEADERS.ETag;
        if (status === '201') add.Location = HEADERS.Location;
        // A record created at its own address answers with its first version, as a read of it would.
        if (status === '201' && RECORD_PATH.test(`${path}/{id}`)) add.ETag = HEADERS.ETag;
        if (status === '206' || status === '416') add['Content-Range'] = HEADERS['Content-Range'];
        if (ok && isPost && signed) add['Idempotent-Replayed'] = HEADERS['Idempotent-Replayed'];
        const types = Object.keys(response.content ?? {});
        if (ok && types.some((t) => !t.includes('json'))) {
          add['Content-Disposition'] = HEADERS['Content-Disposition'];
          if (types.includes('application/pdf')) Object.assign(add, { ETag: HEADERS.ETag, 'Accept-Ranges': HEADERS['Accept-Ranges'] });
        }
        if (ok && method === 'get' && hasNextCursor(response)) add.Link = HEADERS.Link;
        // Any read may have come from the replica (a token check does); the answer says so.
        if (ok && method === 'get') add['Registry-Served-From'] = HEADERS['Registry-Served-From'];
        response.headers = { ...add, ...response.headers };
      }
    }
  }
  return doc;
}

/** Whether a response's JSON schema is a page of a list (it has a `nextCursor`), by its inline properties. */
function hasNextCursor(response: Response): boolean {
  const schema = (response.content?.['application/json'] as { schema?: { properties?: Record<string, unknown> } } | undefined)?.schema;
  return Boolean(schema?.properties && 'nextCursor' in schema.properties);
}
