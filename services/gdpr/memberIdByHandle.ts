// Admins name the member they export or erase by handle, as shown on the
// profile page; the rights-of-access use cases work on ids.
import { NotFoundError } from '../../domain/errors.js';
import type { Services } from '../services.js';

export async function memberIdByHandle(
  services: Pick<Services, 'repositories'>,
  handle: string,
): Promise<string> {
  const member = await services.repositories.members.getByHandle(handle);
  if (!member) throw new NotFoundError('Member', handle);
  return member.id;
}
