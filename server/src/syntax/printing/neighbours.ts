// Whether what a fix inserts must leave the function as its neighbours do: where every arm that does
// something ends in `return` or `throw`, an arm that falls through would not compile ("missing return").
import type { SwitchSite } from '../types';

export function exitsLikeNeighbours(site: SwitchSite): boolean {
  const bodies = site.arms.filter((arm) => arm.exits !== undefined);
  return bodies.length > 0 && bodies.every((arm) => arm.exits);
}
