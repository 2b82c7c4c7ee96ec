import { useCallback, useEffect, useState } from 'react';

/**
 * Focuses the first of the given elements (by id) that exists once the next render has been
 * committed — after child effects such as a closing dialog handing focus back to its opener,
 * which may have gone with its table row.
 */
export function useFocusLater(): (...ids: string[]) => void {
  const [target, setTarget] = useState<{ ids: string[] } | null>(null);
  useEffect(() => {
    if (!target) return;
    for (const id of target.ids) {
      const element = document.getElementById(id);
      if (element) return element.focus();
    }
  }, [target]);
  return useCallback((...ids: string[]) => setTarget({ ids }), []);
}
