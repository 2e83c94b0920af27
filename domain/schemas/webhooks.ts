import { z } from 'zod';
import { plainText, text } from './strings';

/**
 * What Charter tells the outside world about (docs/webhooks.md). An endpoint subscribes to any of
 * these; `webhook.test` goes only to the endpoint it is sent to.
 */
export const EVENT_KINDS = [
  'proposal.opened',
  'proposal.decided',
  'violation.detected',
  'override.refused',
  'exception.filed',
  'review.completed',
  'follow_up.due',
  'workflow.ungated',
  'segment.drift',
] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;
export type AnyEventKind = EventKind | 'webhook.test';

/** A standard endpoint receives signed JSON (Standard Webhooks); a Slack one, Block Kit messages. */
export const ENDPOINT_KINDS = ['standard', 'slack'] as const;
export const EndpointKind = z.enum(ENDPOINT_KINDS);
export type EndpointKind = z.infer<typeof EndpointKind>;

const Url = plainText(
  text()
    .trim()
    .min(1, 'Required')
    .max(2000, 'At most 2,000 characters')
    .refine((u) => URL.canParse(u), 'Not a URL')
    .refine((u) => /^https?:$/.test(URL.canParse(u) ? new URL(u).protocol : ''), 'Must be an http:// or https:// URL')
    .refine((u) => !URL.canParse(u) || (new URL(u).username === '' && new URL(u).password === ''), {
      message: 'Must not carry a user name or password',
    }),
  'address',
);

const Events = z
  .array(EventKind)
  .min(1, 'Choose at least one event')
  .refine((e) => new Set(e).size === e.length, 'Events repeat');

const Description = plainText(text().trim().max(200, 'At most 200 characters'), 'name');

export const CreateWebhookInput = z
  .strictObject({
    url: Url,
    events: Events,
    description: Description.default(''),
    kind: EndpointKind.default('standard'),
  })
  .meta({ id: 'CreateWebhookInput' });
export type CreateWebhookInput = z.infer<typeof CreateWebhookInput>;

export const UpdateWebhookInput = z
  .strictObject({
    url: Url.optional(),
    events: Events.optional(),
    description: Description.optional(),
    /** Turning an endpoint back on after it was disabled (by hand, or after a day of failures). */
    enabled: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Change at least one field')
  .meta({ id: 'UpdateWebhookInput' });
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookInput>;

export const WebhookEndpoint = z
  .object({
    id: z.uuid(),
    kind: EndpointKind,
    url: z.string(),
    description: z.string(),
    events: z.array(EventKind),
    enabled: z.boolean(),
    disabledAt: z.string().nullable(),
    disabledReason: z.string().nullable().describe('Why the endpoint stopped receiving events'),
    failingSince: z.string().nullable().describe('The first failure since the last success'),
    /** Until when the secret before the last rotation still signs as well. */
    previousSecretUntil: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
    counts: z.object({ pending: z.number().int(), delivered: z.number().int(), failed: z.number().int() }),
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

/** The only time a secret is shown: at creation and at rotation. */
export const WebhookSecret = z
  .object({ id: z.uuid(), secret: z.string().describe('whsec_…: verify signatures with it; shown once') })
  .meta({ id: 'WebhookSecret' });

export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export const DeliveryStatus = z.enum(DELIVERY_STATUSES);

export const WebhookAttempt = z.object({
  at: z.string(),
  durationMs: z.number().int(),
  statusCode: z.number().int().nullable(),
  error: z.string().nullable(),
});

export const WebhookDelivery = z
  .object({
    id: z.uuid(),
    eventId: z.string().describe('The webhook-id header: the same on every attempt and redelivery'),
    eventKind: z.string(),
    status: DeliveryStatus,
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    lastDurationMs: z.number().int().nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
    attemptLog: z.array(WebhookAttempt),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const DeliveriesQuery = z.strictObject({
  status: DeliveryStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,20}$/, 'Invalid cursor')
    .optional(),
});
export type DeliveriesQuery = z.infer<typeof DeliveriesQuery>;
