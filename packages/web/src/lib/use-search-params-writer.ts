import { useCallback, useContext } from 'react';
import { UNSAFE_DataRouterContext, useNavigate, type NavigateOptions } from 'react-router';

/**
 * Writes the address's parameters on the router's latest location, not on the render the caller
 * came from. react-router's `setSearchParams(updater)` hands the updater the parameters of its
 * render; a write made before the previous one has rendered (a delayed search after a team picked
 * while the list still renders under load) would drop the previous one. The writer is stable.
 * It needs the data router the app runs in (createBrowserRouter), as useBlocker does.
 */
export function useSearchParamsWriter() {
  const navigate = useNavigate();
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  if (!router) throw new Error('useSearchParamsWriter needs a data router (createBrowserRouter)');
  return useCallback(
    (update: (current: URLSearchParams) => URLSearchParams, options: NavigateOptions = { replace: true }) => {
      // A navigation still under way is where the address is going: build on it.
      const latest = (router.state.navigation.location ?? router.state.location).search;
      const next = update(new URLSearchParams(latest)).toString();
      void navigate({ search: next ? `?${next}` : '' }, options);
    },
    [navigate, router],
  );
}
