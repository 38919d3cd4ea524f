import { FormEvent, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, ButtonGroup, ButtonLink, Heading2, Paragraph } from '@utrecht/component-library-react';
import { api } from '../api/client';
import { ApiProblem } from '../api/problem';
import { PageTitle } from '../layout/PageTitle';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';
import { SelectField, TextField } from '../forms/fields';
import { useSession } from '../session/Session';
import { homeOf, organisationOf, SignedInUser } from '../session/signedInUser';
import { term } from '../text/terms';

interface SignInOptions {
  demoUsers: SignedInUser[];
  identityProvider: { signInUrl: string } | null;
}

/** Sign-in: through the organisation's identity provider, or (embedded default only) as a demo user. */
export function SignInPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [options, setOptions] = useState<SignInOptions>();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api
      .get<SignInOptions>('/api/sign-in-options')
      .then((answer) => {
        setOptions(answer);
        // a choice the user already made stands: the options may arrive after it (React runs effects twice in development)
        setUsername((chosen) => chosen || (answer.demoUsers[0]?.username ?? ''));
      })
      .catch(setError);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const user = await signIn(username, password);
      navigate(homeOf(user.role), { replace: true });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const wrongPassword = error instanceof ApiProblem && error.status === 401;
  return (
    <>
      <PageTitle>Aanmelden</PageTitle>
      {!options && !error && <Loading what="De aanmeldmogelijkheden" />}
      {error && !wrongPassword ? <ProblemAlert error={error} /> : null}
      {options?.identityProvider && (
        <section aria-labelledby="idp">
          <Heading2 id="idp">Met uw organisatie</Heading2>
          <Paragraph>U meldt zich aan bij de identiteitsdienst van uw organisatie en komt daarna hier terug.</Paragraph>
          <ButtonLink appearance="primary-action-button" href={options.identityProvider.signInUrl}>
            Aanmelden via uw organisatie
          </ButtonLink>
        </section>
      )}
      {options && options.demoUsers.length > 0 && (
        <section aria-labelledby="demo">
          <Heading2 id="demo">Als demogebruiker</Heading2>
          <Paragraph>
            Deze gebruikers bestaan alleen in de demo-installatie, om het casusregister uit te proberen. Het wachtwoord is{' '}
            <code>demo</code>.
          </Paragraph>
          <form onSubmit={submit} noValidate className="hgk-form hgk-form--sign-in">
            <SelectField
              label="Gebruiker"
              name="username"
              required
              value={username}
              onChange={setUsername}
              options={options.demoUsers.map((user) => ({
                value: user.username,
                label: `${user.username}: ${term('ActorRole', user.role)}, ${organisationOf(user)}${user.region ? `, ${user.region}` : ''}`,
              }))}
            />
            <TextField
              label="Wachtwoord"
              name="password"
              type="password"
              required
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              error={wrongPassword ? 'Deze combinatie van gebruiker en wachtwoord is onbekend.' : undefined}
            />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
                Aanmelden
              </Button>
            </ButtonGroup>
          </form>
        </section>
      )}
      {options && options.demoUsers.length === 0 && !options.identityProvider && (
        <Paragraph>Er is geen manier van aanmelden ingesteld. Neem contact op met uw beheerder.</Paragraph>
      )}
    </>
  );
}
