export type { Auth } from '../core/auth.js';
export type { QuerySerializerOptions } from '../core/bodySerializer.js';
export {
  formDataBodySerializer,
  jsonBodySerializer,
  urlSearchParamsBodySerializer,
} from '../core/bodySerializer.js';
export { buildClientParams } from '../core/params.js';
export { createClient } from './client.js';
export type {
  Client,
  ClientOptions,
  Config,
  CreateClientConfig,
  Options,
  OptionsLegacyParser,
  RequestOptions,
  RequestResult,
  ResponseStyle,
  TDataShape,
} from './types.js';
export { createConfig, mergeHeaders } from './utils.js';
