import { Link } from 'react-router';
import { PageHeader } from '#src/components/ui/page-header';

export default function NotFoundPage() {
  return (
    <section>
      <PageHeader title="Page not found" />
      <p>There is nothing at this address. It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to="/">Go to Home</Link>
      </p>
    </section>
  );
}
