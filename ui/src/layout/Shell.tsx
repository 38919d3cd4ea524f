import { ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router-dom';
import { Button, Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useSession } from '../session/Session';
import { organisationOf, sectionsFor } from '../session/signedInUser';
import { term } from '../text/terms';

/** The frame of every page: a skip link, the ledger's name, the sections of the user's role, and sign-out. */
export function Shell({ children }: { children: ReactNode }) {
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <SkipLink href="#inhoud">Naar de inhoud</SkipLink>
      <Page className="hgk-page">
        <PageHeader className="hgk-header">
          <div className="hgk-header__bar">
            <a className="hgk-header__name" href="/">
              Casusregister huiselijk geweld en kindermishandeling
            </a>
            {user && (
              <div className="hgk-header__user">
                <span>
                  {user.username} · {term('ActorRole', user.role)} · {organisationOf(user)}
                  {user.region ? ` · ${user.region}` : ''}
                </span>
                <Button
                  appearance="secondary-action-button"
                  onClick={async () => {
                    await signOut();
                    navigate('/aanmelden');
                  }}
                >
                  Afmelden
                </Button>
              </div>
            )}
          </div>
          {user && (
            <nav aria-label="Hoofdmenu" className="hgk-nav">
              <ul>
                {sectionsFor(user.role).map((section) => (
                  <li key={section.path}>
                    <NavLink to={section.path} className="utrecht-link">
                      {section.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </PageHeader>
        <PageContent>
          <main id="inhoud" tabIndex={-1} className="hgk-main">
            {children}
          </main>
        </PageContent>
        <PageFooter className="hgk-footer">
          <Paragraph small>
            Elke stap wordt onveranderlijk vastgelegd met wie, namens welke organisatie en waarom. Inzage in een casus
            wordt gelogd.
          </Paragraph>
        </PageFooter>
      </Page>
    </>
  );
}
