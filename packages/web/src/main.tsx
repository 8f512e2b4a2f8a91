import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo';
import { ToastProvider } from './components/toast';
import { router } from './app/router';
import { initialLanguage, setLanguage } from './i18n';
import './styles.css';

const client = createApolloClient();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Before sign-in the SPA speaks the language this browser last showed (or the browser's own).
void setLanguage(initialLanguage()).finally(() =>
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <ToastProvider>
          {/* Screens outside the app layout whose messages are still loading. */}
          <Suspense fallback={null}>
            <RouterProvider router={router} />
          </Suspense>
        </ToastProvider>
      </ApolloProvider>
    </StrictMode>,
  ),
);
