import { useState } from 'react';
import type { WebhookEndpoint } from '#domain/schemas/webhooks';
import { Badge } from '#src/components/ui/badge';
import { Button } from '#src/components/ui/button';
import { Notice } from '#src/components/ui/notice';
import { formatDateTime } from '#src/lib/format';
import { useDeleteWebhook } from '../api/delete-webhook';
import { useRotateWebhook } from '../api/rotate-webhook';
import { useTestWebhook } from '../api/test-webhook';
import { useUpdateWebhook } from '../api/update-webhook';
import { DeliveriesTable } from './deliveries-table';

/** One endpoint: where it points, its health, its actions and its latest deliveries. */
export function EndpointCard({ endpoint: e, onSecret }: { endpoint: WebhookEndpoint; onSecret: (s: string) => void }) {
  const update = useUpdateWebhook();
  const rotate = useRotateWebhook();
  const test = useTestWebhook();
  const remove = useDeleteWebhook();
  const [showDeliveries, setShowDeliveries] = useState(false);
  const error = update.error ?? rotate.error ?? test.error ?? remove.error;
  const titleId = `endpoint-${e.id}`;
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <div className="section-header">
        <h2 id={titleId} className="endpoint-url">
          {e.url}
        </h2>
        <span className="badges">
          <Badge tone={e.kind === 'slack' ? 'info' : 'neutral'}>{e.kind === 'slack' ? 'Slack' : 'Signed JSON'}</Badge>
          {e.enabled ? <Badge tone="success">On</Badge> : <Badge tone="danger">Off</Badge>}
        </span>
      </div>
      {e.description ? <p>{e.description}</p> : null}
      {!e.enabled && e.disabledReason ? (
        <Notice tone="warning" title="This endpoint receives nothing until it is turned on">
          {e.disabledReason}
        </Notice>
      ) : null}
      {e.enabled && e.failingSince ? (
        <Notice tone="warning">
          Failing since {formatDateTime(e.failingSince)}; after a day of failures it is turned off.
        </Notice>
      ) : null}
      {e.previousSecretUntil ? (
        <p className="muted">The previous secret also signs until {formatDateTime(e.previousSecretUntil)}.</p>
      ) : null}
      <p className="badges">
        {e.events.map((k) => (
          <Badge key={k}>{k}</Badge>
        ))}
      </p>
      <p className="muted">
        {e.counts.delivered} delivered, {e.counts.pending} waiting, {e.counts.failed} failed · added by {e.createdBy}
      </p>
      {error ? <Notice tone="error">{error.message}</Notice> : null}
      <div className="form-actions endpoint-actions">
        <Button
          busy={test.isPending}
          disabled={!e.enabled}
          onClick={() => test.mutate(e.id, { onSuccess: () => setShowDeliveries(true) })}
        >
          Send test event
        </Button>
        <Button
          busy={rotate.isPending}
          onClick={() => {
            if (window.confirm('Rotate the secret? The old one keeps signing beside the new one for 24 hours.'))
              rotate.mutate(e.id, { onSuccess: (r) => onSecret(r.secret) });
          }}
        >
          Rotate secret
        </Button>
        <Button busy={update.isPending} onClick={() => update.mutate({ id: e.id, enabled: !e.enabled })}>
          {e.enabled ? 'Turn off' : 'Turn on'}
        </Button>
        <Button variant="ghost" aria-expanded={showDeliveries} onClick={() => setShowDeliveries((v) => !v)}>
          {showDeliveries ? 'Hide deliveries' : 'Show deliveries'}
        </Button>
        <Button
          variant="danger"
          busy={remove.isPending}
          onClick={() => {
            if (window.confirm(`Remove ${e.url}? Its delivery log goes with it.`)) remove.mutate(e.id);
          }}
        >
          Remove
        </Button>
      </div>
      {showDeliveries ? <DeliveriesTable endpointId={e.id} enabled={e.enabled} /> : null}
    </section>
  );
}
