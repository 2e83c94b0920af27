import { createRoute } from '@hono/zod-openapi';
import { LINT_MAX_BYTES, LintInput, LintResult } from '#domain/schemas/glossary';
import { requireActor } from '#server/auth/policy';
import { limitedBody } from '#server/http/body-limit';
import { jsonBody, jsonResponse } from '#server/http/json';
import { permit } from '#server/http/permit';
import { errorResponses, router } from '#server/http/router';
import { utf8Length } from '#server/lib/base64';
import { AppError } from '#server/lib/errors';
import { lintText } from './glossary.service';

const tooLarge = () =>
  new AppError(413, 'payload_too_large', `Lint at most ${LINT_MAX_BYTES / 1000} kB of text at a time.`);

const lintRoute = createRoute({
  method: 'post',
  path: '/lint',
  tags: ['Glossary'],
  summary: `Find retired language in a text (at most ${LINT_MAX_BYTES / 1000} kB, UTF-8)`,
  description:
    'Offsets are UTF-16 code unit indexes into `text`, end exclusive, as JavaScript strings count them. Nothing is recorded: ' +
    'features record findings when the text is saved.',
  // JSON escaping can make a body several times longer than its text: refuse only what can never fit
  // before parsing it, and measure the text itself below.
  'x-permission': 'lint.use',
  middleware: [permit('lint.use'), limitedBody(LINT_MAX_BYTES * 6 + 1024, tooLarge)],
  request: jsonBody(LintInput),
  responses: {
    200: jsonResponse(LintResult, 'Findings, in order of position'),
    413: { description: '`payload_too_large`: the text is over the limit' },
    ...errorResponses,
  },
});

export const lintRoutes = router().openapi(lintRoute, async (c) => {
  const actor = requireActor(c.get('actor'));
  const { text } = c.req.valid('json');
  if (utf8Length(text) > LINT_MAX_BYTES) throw tooLarge();
  return c.json(await lintText(c.get('db'), actor, { text }), 200);
});
