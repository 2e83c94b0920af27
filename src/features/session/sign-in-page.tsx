import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '#src/components/ui/states';
import { useSession } from './api/get-session';
import { useSignIn } from './api/sign-in';
import { SignInForm } from './components/sign-in-form';

/** Only same-app paths are followed after sign-in, never another site. */
export function safeReturnPath(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function SignInPage() {
  const [params] = useSearchParams();
  const next = safeReturnPath(params.get('next'));
  const session = useSession();
  const signIn = useSignIn();
  const navigate = useNavigate();

  if (session.isPending) return <Loading />;
  if (session.data) return <Navigate to={next} replace />;

  return (
    <div className="sign-in">
      <main className="sign-in-card" id="main">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          Charter
        </div>
        <h1>Sign in</h1>
        <p className="muted">
          Segment logic that holds: one owner, automatic enforcement, exceptions that review the logic.
        </p>
        <SignInForm
          busy={signIn.isPending}
          error={signIn.error}
          onSubmit={async (values) => {
            await signIn.mutateAsync(values);
            navigate(next, { replace: true });
          }}
        />
        <details className="demo-accounts">
          <summary>Demo accounts</summary>
          <p>
            Every demo account uses the password <code>charter-demo</code>.
          </p>
          <ul>
            <li>dana.owner@example.com: segmentation owner</li>
            <li>omar.ops@example.com: operations and admin</li>
            <li>mia.marketer@example.com: marketer</li>
            <li>nick.new@example.com: marketer in onboarding</li>
            <li>vera.viewer@example.com: viewer</li>
          </ul>
        </details>
      </main>
    </div>
  );
}
