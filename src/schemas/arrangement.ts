import { z } from '@hono/zod-openapi';
import { isoDate, line } from './fields.ts';

/** A signature block's signing, as an admin of one of its agencies records it. */
export const SigningInput = z
  .strictObject({
    signedOn: isoDate.openapi({ description: 'The date the pair signed', example: '2026-11-20' }),
    signatoryA: line(200).openapi({ description: 'Who signed for the first agency of the pair (in GD, HK, MO order)' }),
    signatoryB: line(200).openapi({ description: 'Who signed for the second agency' }),
  })
  .openapi('Signing');
