/**
 * The encoding picked in each import's "Re-import as…", kept outside its detail: switching between
 * the PC table and the phone cards mounts the detail anew, and the pick must survive that.
 */
import { create } from 'zustand';

interface ReimportChoice {
  /** import id → the encoding picked for it */
  picked: Record<string, string>;
  pick(importId: string, encoding: string): void;
}

export const useReimportChoice = create<ReimportChoice>((set) => ({
  picked: {},
  pick: (importId, encoding) => set((s) => ({ picked: { ...s.picked, [importId]: encoding } })),
}));
