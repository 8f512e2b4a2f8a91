import type { ReactNode } from 'react';

/** The centred card that frames the pages a signed-out agent can see. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <main id="main" className="auth-screen">
      <div className="auth-card">
        <p className="brand brand-large" aria-hidden="true">
          Roster
        </p>
        <h1>{title}</h1>
        {intro && <p className="auth-intro">{intro}</p>}
        {children}
      </div>
    </main>
  );
}
