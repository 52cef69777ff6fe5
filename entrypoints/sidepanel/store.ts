import { create } from 'zustand';
import type { PageContext } from '@/lib/extract/context';

interface PanelState {
  tabId: number | null;
  context: PageContext | null;
  loading: boolean;
  error: string | null;
  showTab(tabId: number): void;
  /** `settling`: the tab moved and is still rendering; show "reading", never the previous page. */
  showContext(tabId: number, context: PageContext | null, settling?: boolean): void;
  fail(message: string): void;
}

/** The panel's view of one tab. Switching tabs drops everything from the previous one. */
export const usePanel = create<PanelState>((set, get) => ({
  tabId: null,
  context: null,
  loading: true,
  error: null,
  showTab: (tabId) => set({ tabId, context: null, loading: true, error: null }),
  showContext: (tabId, context, settling = false) => {
    if (get().tabId !== tabId) return;
    set(settling ? { context: null, loading: true, error: null } : { context, loading: false, error: null });
  },
  fail: (message) => set({ loading: false, error: message }),
}));
