import { useId } from 'react';

/** A calendar month (YYYY-MM); the page keeps it in the URL. */
export function MonthPicker({
  value,
  onChange,
  label = 'Month',
}: {
  value: string;
  onChange: (m: string) => void;
  label?: string;
}) {
  const id = useId();
  return (
    <div className="month-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="month"
        value={value}
        onChange={(e) => {
          if (/^\d{4}-\d{2}$/.test(e.target.value)) onChange(e.target.value);
        }}
      />
    </div>
  );
}
