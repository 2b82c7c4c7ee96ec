import { useCallback, useEffect, useRef, useState } from 'react';
import { liveEventTypes, type LiveEventType } from '../../../../../common/meetings.ts';

/** Whether live updates reach the page: connecting, connected, trying again, or given up. */
export type Connection = 'connecting' | 'connected' | 'reconnecting' | 'closed';

export type LiveEvent = { type: LiveEventType; data: Record<string, unknown> };

function parse(text: unknown): Record<string, unknown> {
  if (typeof text !== 'string') return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Subscribes to a meeting's server-sent events. The browser's EventSource reconnects by itself
 * and sends the last event id it saw, so the server replays what was missed; `onEvent` hears every
 * event, and after a reconnection `onResume` lets the page catch up in case the replay fell short.
 * A stream the server refuses (signed out) stays closed until `reconnect` is called.
 */
export function useLiveEvents(
  url: string,
  onEvent: (event: LiveEvent) => void,
  onResume: () => void,
): { connection: Connection; reconnect: () => void } {
  const [connection, setConnection] = useState<Connection>('connecting');
  const [attempt, setAttempt] = useState(0);
  const handlers = useRef({ onEvent, onResume });
  useEffect(() => {
    handlers.current = { onEvent, onResume };
  });

  useEffect(() => {
    const source = new EventSource(url);
    let lost = false;
    setConnection('connecting');
    source.onopen = () => {
      setConnection('connected');
      if (lost) handlers.current.onResume();
      lost = false;
    };
    source.onerror = () => {
      lost = true;
      setConnection(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting');
    };
    const listeners = liveEventTypes.map((type) => {
      const listener = (event: MessageEvent) => handlers.current.onEvent({ type, data: parse(event.data) });
      source.addEventListener(type, listener);
      return [type, listener] as const;
    });
    return () => {
      for (const [type, listener] of listeners) source.removeEventListener(type, listener);
      source.close();
    };
  }, [url, attempt]);

  const reconnect = useCallback(() => setAttempt((n) => n + 1), []);
  return { connection, reconnect };
}
