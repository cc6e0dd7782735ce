import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

/** Where the agent is working: the channel, brand and business of the call (the touchpoint bar). */
export interface TouchpointChoice {
  channel: string;
  brand: string;
  businessCode: string;
  /** the registered touchpoint when all three name one, else null */
  code: string | null;
}

export interface ViewContext {
  /** "what was in force at…": an ISO instant with +08:00, or null for now */
  asOf: string | null;
  setAsOf(asOf: string | null): void;
  touchpoint: TouchpointChoice;
  setTouchpoint(choice: TouchpointChoice): void;
  me: { id: string; name: string; role: string };
}

const Context = createContext<ViewContext | null>(null);

export const EMPTY_TOUCHPOINT: TouchpointChoice = { channel: '', brand: '', businessCode: '', code: null };

export function ViewProvider({ me, children }: { me: ViewContext['me']; children: ReactNode }) {
  const [asOf, setAsOf] = useState<string | null>(null);
  const [touchpoint, setTouchpoint] = useState<TouchpointChoice>(EMPTY_TOUCHPOINT);
  const value = useMemo(() => ({ asOf, setAsOf, touchpoint, setTouchpoint, me }), [asOf, touchpoint, me]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useView(): ViewContext {
  const value = useContext(Context);
  if (!value) throw new Error('useView outside ViewProvider');
  return value;
}
