import { Button } from './button';

/** Apply and Clear for a filter form whose filters take effect on submit (Clear resets the form). */
export function FilterActions() {
  return (
    <div className="filters-actions">
      <Button type="submit" variant="primary">
        Apply
      </Button>
      <Button type="reset" variant="ghost">
        Clear
      </Button>
    </div>
  );
}
