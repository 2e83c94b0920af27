import { type Control, Controller, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { CHANNELS, type CreateProposalInput } from '#domain/schemas/segments';
import { channelLabel, describeApproval, PRIORITY_RULE } from '#domain/segments/describe';
import { Field } from '#src/components/ui/field';
import './segment-definition.css';

type Values = CreateProposalInput;
type Props = {
  register: UseFormRegister<Values>;
  control: Control<Values>;
  errors: FieldErrors<Values>;
  /** Keys of the other segments, for allowed transitions. */
  segmentKeys: string[];
  ownerName?: string;
};

/** Priority, pause behaviour, approval rule, transitions and dwell: the governed parts besides criteria. */
export function DefinitionFields({ register, control, errors, segmentKeys, ownerName }: Props) {
  const e = errors.definition;
  return (
    <>
      <div className="form-grid">
        <Field label="Priority" hint={PRIORITY_RULE} error={e?.priority?.message}>
          <input type="number" min={0} step={1} {...register('definition.priority', { valueAsNumber: true })} />
        </Field>
        <Field label="Expected dwell: at least (days)" error={e?.expectedDwellDays?.min?.message}>
          <input
            type="number"
            min={0}
            step={1}
            {...register('definition.expectedDwellDays.min', { valueAsNumber: true })}
          />
        </Field>
        <Field
          label="Expected dwell: at most (days)"
          error={e?.expectedDwellDays?.max?.message ?? e?.expectedDwellDays?.root?.message}
        >
          <input
            type="number"
            min={0}
            step={1}
            {...register('definition.expectedDwellDays.max', { valueAsNumber: true })}
          />
        </Field>
      </div>

      <fieldset className="fieldset">
        <legend>Pause behaviour</legend>
        <label className="checkbox">
          <input type="checkbox" {...register('definition.pause.paused')} />
          Paused: sends to members wait (pause respected)
        </label>
        <label className="checkbox">
          <input type="checkbox" {...register('definition.pause.allowCustomerInitiated')} />
          Customer-initiated replies are allowed while paused
        </label>
        <fieldset className="inline-options criteria-subset">
          <legend>Channels that stay open while paused (usually none)</legend>
          {CHANNELS.map((c) => (
            <label key={c} className="checkbox">
              <input type="checkbox" value={c} {...register('definition.pause.allowedChannels')} />
              {channelLabel(c)}
            </label>
          ))}
        </fieldset>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Approval rule</legend>
        <label className="checkbox">
          <input type="radio" value="none" {...register('definition.approval')} />
          {describeApproval('none')}
        </label>
        <label className="checkbox">
          <input type="radio" value="owner" {...register('definition.approval')} />
          {describeApproval('owner', ownerName)}
        </label>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Allowed transitions</legend>
        <p className="field-hint">The segments a member may move to next. Other moves show in the monthly review.</p>
        <Controller
          control={control}
          name="definition.transitions"
          render={({ field }) => (
            <div className="inline-options">
              {segmentKeys.map((k) => (
                <label key={k} className="checkbox">
                  <input
                    type="checkbox"
                    checked={field.value.includes(k)}
                    onChange={(ev) =>
                      field.onChange(ev.target.checked ? [...field.value, k] : field.value.filter((x) => x !== k))
                    }
                  />
                  {k}
                </label>
              ))}
            </div>
          )}
        />
        {e?.transitions ? <p className="field-error">{e.transitions.message ?? e.transitions.root?.message}</p> : null}
      </fieldset>
    </>
  );
}
