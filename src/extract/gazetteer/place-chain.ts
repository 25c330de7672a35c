// Where a place lies: it and every place or country containing it, from the gazetteer's `in` links.

import type { Gazetteer } from './gazetteer-types.ts';

const MAX_DEPTH = 8;

/**
 * `place:khan-sheikhoun` -> [khan-sheikhoun, idlib, country:SYR]; a country or an unknown place is a
 * chain of one. Capitals lie in their country.
 */
export function placeChain(gazetteer: Gazetteer, id: string): string[] {
  const chain = [id];
  let current = gazetteer.entities.get(id);
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const up: string | null | undefined = current.within ?? current.inCountry;
    if (!up || chain.includes(up)) break;
    chain.push(up);
    current = gazetteer.entities.get(up);
  }
  return chain;
}
