/** Shows the mapping dialog for the first import waiting for one (keyed by it: a fresh form per file). */
import { useMappingAsked } from '../../state/mapping-store';
import { MappingDialog } from './MappingDialog';

export function MappingHost() {
  const asked = useMappingAsked();
  return asked ? <MappingDialog key={asked.id} record={asked} /> : null;
}
