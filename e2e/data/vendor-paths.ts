/**
 * Where tests find the vendor fixtures: the project's verbatim copy of ../shared/fixtures, because
 * CI runs on a clone with nothing beside it.
 */
import { resolve } from 'node:path';

export const VENDOR_FIXTURES = resolve(__dirname, 'vendor');
/** The original, beside the project on a developer's machine (absent in CI). */
export const SHARED_FIXTURES = resolve(__dirname, '..', '..', '..', 'shared', 'fixtures');

export function vendorFixture(name: string): string {
  return resolve(VENDOR_FIXTURES, name);
}
