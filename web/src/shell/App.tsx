import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { Provider, useQuery } from 'urql';
import { AgentScreen } from '../agent/AgentScreen';
import { createApiClient } from '../client';
import { graphql } from '../gql';
import { EDITORIAL_ROLES } from '../labels';
import { DocumentsScreen } from '../manage/DocumentsScreen';
import { ExceptionQueue } from '../manage/ExceptionQueue';
import { VersionScreen } from '../manage/VersionScreen';
import { forgetToken, readToken, saveToken } from '../session';
import { ViewProvider } from './context';
import { SignIn } from './SignIn';
import { TopBar } from './TopBar';

// the charts library is most of the bundle: agents, who never open the reports, do not load it
const ReportsScreen = lazy(() => import('../reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })));

const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      role
    }
  }
`);

export function App() {
  const [token, setToken] = useState(readToken);
  const [refused, setRefused] = useState(false);
  const signIn = (value: string) => {
    saveToken(value);
    setRefused(false);
    setToken(value);
  };
  const signOut = useCallback((wasRefused = false) => {
    forgetToken();
    setRefused(wasRefused);
    setToken(null);
  }, []);
  // a new client per token: nothing one user read stays cached for the next
  const client = useMemo(() => (token ? createApiClient(() => signOut(true)) : null), [token, signOut]);

  if (!client) return <SignIn onSignIn={signIn} refused={refused} />;
  return (
    <Provider value={client}>
      <SignedIn onSignOut={signOut} />
    </Provider>
  );
}

function SignedIn({ onSignOut }: { onSignOut(refused?: boolean): void }) {
  const [{ data, error, fetching }] = useQuery({ query: MeQuery, requestPolicy: 'network-only' });
  const refused = Boolean(
    (error && (error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED'))) || (data && !data.me),
  );
  useEffect(() => {
    if (refused) onSignOut(true);
  }, [refused, onSignOut]);
  const me = data?.me;
  if (!me) {
    if (error && !refused) return <p className="error">无法连接服务：{error.message}</p>;
    return fetching ? <p className="loading">正在登录…</p> : null;
  }
  const editorial = EDITORIAL_ROLES.has(me.role);
  return (
    <ViewProvider me={me}>
      <TopBar editorial={editorial} onSignOut={() => onSignOut()} />
      <main>
        <Routes>
          <Route path="/" element={<AgentScreen />} />
          {editorial && (
            <>
              <Route path="/manage" element={<DocumentsScreen />} />
              <Route path="/manage/versions/:id" element={<VersionScreen />} />
              <Route path="/manage/exceptions" element={<ExceptionQueue />} />
              <Route
                path="/manage/reports"
                element={
                  <Suspense fallback={<p className="loading">正在加载报表…</p>}>
                    <ReportsScreen />
                  </Suspense>
                }
              />
            </>
          )}
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </main>
    </ViewProvider>
  );
}
