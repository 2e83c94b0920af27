import { useState } from 'react';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';
import { Notice } from '#src/components/ui/notice';
import { PageHeader } from '#src/components/ui/page-header';
import { EmptyState, ErrorState, Loading } from '#src/components/ui/states';
import { useWebhooks } from './api/get-webhooks';
import { EndpointCard } from './components/endpoint-card';
import { NewWebhookForm } from './components/new-webhook-form';
import './webhooks.css';

/** Where Charter tells other systems what happens: endpoints, their secrets and deliveries. */
export default function WebhooksPage() {
  const webhooks = useWebhooks();
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Charter posts each event to these endpoints, signed, and tries again for about a day when one fails."
        actions={
          <Button variant="primary" onClick={() => setAdding(true)}>
            Add endpoint
          </Button>
        }
      />
      {secret ? (
        <Notice tone="success" title="Copy this signing secret now: it will not be shown again">
          <code className="token-secret">{secret}</code>
        </Notice>
      ) : null}
      {webhooks.isPending ? <Loading label="Loading endpoints…" /> : null}
      {webhooks.error ? <ErrorState error={webhooks.error} onRetry={() => webhooks.refetch()} /> : null}
      {webhooks.data?.length === 0 ? (
        <EmptyState title="No endpoints yet">
          Add one to hear about proposals, violations and reviews elsewhere.
        </EmptyState>
      ) : null}
      {webhooks.data?.map((e) => (
        <EndpointCard key={e.id} endpoint={e} onSecret={setSecret} />
      ))}
      <Dialog
        open={adding}
        onOpenChange={setAdding}
        title="Add endpoint"
        description="The signing secret is shown once, right after you add it."
      >
        <NewWebhookForm
          onDone={(s) => {
            setSecret(s);
            setAdding(false);
          }}
        />
      </Dialog>
    </>
  );
}
