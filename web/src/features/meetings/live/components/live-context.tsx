import { createContext, useContext } from 'react';
import type { Meeting } from '../api/live.types.ts';
import type { Jurisdiction } from './labels.ts';

/** What every part of the live page needs: where the meeting is, the meeting now, and the country. */
export type Live = {
  slug: string;
  meetingId: string;
  meeting: Meeting;
  jurisdiction: Jurisdiction;
  /** Fetches the meeting afresh, after a 409 says someone else acted first. */
  reload: () => void;
};

export const LiveContext = createContext<Live | null>(null);

export function useLive(): Live {
  const live = useContext(LiveContext);
  if (!live) throw new Error('LiveContext is missing');
  return live;
}
