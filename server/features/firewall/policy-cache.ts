import type { ConsentMapping } from '#domain/schemas/consent';
import type { EvaluatedSegment } from '#domain/segments/time-edges';
import {
  consentMappingOf,
  type FrequencyCap,
  frequencyCapOf,
  onboardingDaysOf,
  segmentFrequencyCaps,
  settingValues,
} from '#server/core/settings.read';
import type { Db, DbOrTx } from '#server/db/client';
import { isListening, UNLISTENED_TTL_MS, watch } from '#server/db/notify';
import * as repo from './policy.repo';

export type Policy = {
  segments: Map<string, repo.SegmentPolicyRow>;
  /** Active segments in evaluation order (priority, then key), for contacts whose segment may have expired. */
  evaluationOrder: EvaluatedSegment[];
  campaigns: Map<string, repo.CampaignPolicy>;
  frequencyCap: FrequencyCap;
  /** Segments with a cap of their own: at most this many sends in the workspace cap's window. */
  segmentCaps: Map<string, number>;
  onboardingDays: number;
  /** Channel → the attribute that records consent for it (docs/firewall.md, "Consent"). */
  consent: ConsentMapping;
};

type Entry = {
  policy?: Policy;
  loading?: Promise<Policy>;
  /** Bumped by every invalidation; a load that started before one is not kept. */
  generation: number;
  loadedAt: number;
};

// Keyed by the database handle, so apps over different databases never share policy.
const entries = new WeakMap<object, Entry>();

function entryOf(db: Db): Entry {
  let e = entries.get(db);
  if (!e) {
    e = { generation: 0, loadedAt: 0 };
    entries.set(db, e);
    watch(db, 'policy', () => forgetPolicy(db));
  }
  return e;
}

/**
 * The active policy: segment current versions (pause, approval), campaign approvals and the
 * governed settings (frequency cap, onboarding days, consent mapping). Kept in memory; dropped
 * when policy changes here or on another instance (whoever changes it announces it:
 * core/policy-change.ts).
 * Always read outside any transaction: what is cached must be committed.
 */
export function activePolicy(db: Db): Promise<Policy> {
  const e = entryOf(db);
  const fresh = isListening(db) || Date.now() - e.loadedAt < UNLISTENED_TTL_MS;
  if (e.policy && fresh) return Promise.resolve(e.policy);
  if (!e.loading) {
    const generation = e.generation;
    const loading = load(db).then((policy) => {
      if (e.generation === generation) {
        e.policy = policy;
        e.loadedAt = Date.now();
      }
      return policy;
    });
    e.loading = loading;
    void loading
      .finally(() => {
        if (e.loading === loading) e.loading = undefined;
      })
      .catch(() => undefined);
  }
  return e.loading as Promise<Policy>;
}

async function load(db: Db): Promise<Policy> {
  const segments = await repo.loadSegmentPolicies(db);
  const campaigns = await repo.loadCampaignPolicies(db);
  const settings = await settingValues(db, ['frequency_cap', 'onboarding_days', 'consent_mapping']);
  const segmentCaps = await segmentFrequencyCaps(db);
  const evaluationOrder = segments
    .filter((s) => s.status === 'active')
    .sort((a, b) => a.priority - b.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((s) => ({ key: s.key, criteria: s.criteria }));
  return {
    segments: new Map(segments.map((s) => [s.key, s])),
    evaluationOrder,
    campaigns: new Map(campaigns.map((c) => [c.id, c])),
    frequencyCap: frequencyCapOf(settings.get('frequency_cap')),
    segmentCaps,
    onboardingDays: onboardingDaysOf(settings.get('onboarding_days')),
    consent: consentMappingOf(settings.get('consent_mapping')),
  };
}

/** Drops this instance's copy at once; call after the change commits. */
export function forgetPolicy(db: Db): void {
  const e = entryOf(db);
  e.generation++;
  e.policy = undefined;
  e.loading = undefined;
}

/**
 * The cap a contact in this segment is decided under: the stricter of the workspace's and the
 * segment's own, both counted in the workspace cap's window (docs/firewall.md, "Frequency cap").
 */
export function capFor(
  policy: Pick<Policy, 'frequencyCap' | 'segmentCaps'>,
  segmentKey: string | null | undefined,
): FrequencyCap & { segment?: string } {
  const own = segmentKey ? policy.segmentCaps.get(segmentKey) : undefined;
  if (!segmentKey || own === undefined || own >= policy.frequencyCap.max) return policy.frequencyCap;
  return { max: own, windowDays: policy.frequencyCap.windowDays, segment: segmentKey };
}

/**
 * The contacts query reports each segment's current version: a version the cached policy does not
 * know means an approval landed that this instance has not heard of yet, so reload now.
 */
export async function policyFor(db: Db, seenVersions: Map<string, number>): Promise<Policy> {
  const policy = await activePolicy(db);
  for (const [key, version] of seenVersions) {
    if (policy.segments.get(key)?.version !== version) {
      forgetPolicy(db);
      return activePolicy(db);
    }
  }
  return policy;
}

/** A campaign the cache has not seen yet (created on another instance a moment ago). */
export async function campaignPolicy(reader: DbOrTx, policy: Policy, id: string) {
  return policy.campaigns.get(id) ?? (await repo.findCampaignPolicy(reader, id));
}
