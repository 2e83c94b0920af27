import { DIAGNOSTIC_QUESTION_KEYS } from '#domain/instruments/diagnostic';
import type { ProseFixture } from './prose-fixtures';
import { as } from './prose-setup';

/** The team's instruments (docs/rules.md, "Decision checklist", "Journey diagnostic"): notes are prose. */
export const INSTRUMENT_PROSE_FIXTURES: Record<string, ProseFixture> = {
  'PUT /checklist/{month}': {
    as: 'ops',
    status: 200,
    request: async (t) => {
      const month = '2026-03';
      const { revision } = await (await (await as(t, 'ops')).get(`/api/checklist/${month}`)).json();
      return { path: `/api/checklist/${month}`, body: { revision, items: [{ key: 'segment_gates', checked: true }] } };
    },
  },
  'POST /diagnostics': {
    as: 'owner',
    status: 201,
    request: async () => ({
      path: '/api/diagnostics',
      body: { answers: DIAGNOSTIC_QUESTION_KEYS.map((question) => ({ question, score: 2 })) },
    }),
  },
};
