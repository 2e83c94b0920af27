import { useState } from 'react';
import type { Blocker } from 'react-router';
import { Button } from '#src/components/ui/button';
import { Dialog } from '#src/components/ui/dialog';

/** Asked when leaving the wizard with changes the server does not have yet. */
export function LeaveDialog({ blocker, save }: { blocker: Blocker; save: () => Promise<boolean> }) {
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <Dialog
      open={blocker.state === 'blocked'}
      onOpenChange={(open) => !open && blocker.reset?.()}
      title="Leave this request?"
      description="Your latest changes are not saved in the draft yet."
    >
      {failed ? <p className="field-error">The draft could not be saved. You can stay and try again.</p> : null}
      <div className="form-actions">
        <Button
          variant="primary"
          busy={saving}
          onClick={async () => {
            setSaving(true);
            const ok = await save();
            setSaving(false);
            if (ok) blocker.proceed?.();
            else setFailed(true);
          }}
        >
          Save the draft and leave
        </Button>
        <Button onClick={() => blocker.proceed?.()}>Leave without saving</Button>
        <Button variant="ghost" onClick={() => blocker.reset?.()}>
          Stay
        </Button>
      </div>
    </Dialog>
  );
}
