import { useStore } from 'zustand';
import { useServices } from '../EditorContext';
import type { WorkshopState } from './workshopStore';

/** React hook: a slice of the workshop session's state. */
export function useWorkshop<T>(selector: (s: WorkshopState) => T): T {
  return useStore(useServices().workshop.store, selector);
}
