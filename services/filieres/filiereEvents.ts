// Filière events: conseillers announce a meeting of a filière of their scope
// (audited); members register for it and cancel, until it starts.
import { z } from 'zod';
import type { FiliereEvent } from '../../domain/entities/filiereEvent.js';
import { BadUserInputError, NotFoundError } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { parseInput, userText } from '../../domain/validation.js';
import { recordAction } from '../audit/recordAction.js';
import { actingMemberId, type UseCaseContext } from '../useCaseContext.js';
import { existingFiliere } from './filiereFields.js';

const eventSchema = z.object({
  title: userText(200).pipe(z.string().min(1, 'must not be empty')),
  description: userText(4000),
  place: userText(300).pipe(z.string().min(1, 'must not be empty')),
  startsAt: z.number().int().positive(),
  capacity: z.number().int().min(1, 'must be at least 1').max(100_000).nullable(),
});

export interface FiliereEventInput {
  title: string;
  description?: string | null;
  place: string;
  startsAt: number;
  capacity?: number | null;
}

async function existingEvent(context: UseCaseContext, id: string): Promise<FiliereEvent> {
  const event = await context.services.repositories.filiereEvents.get(id);
  if (!event) throw new NotFoundError('FiliereEvent', id);
  return event;
}

export async function createFiliereEvent(
  context: UseCaseContext,
  filiereId: string,
  input: FiliereEventInput,
): Promise<FiliereEvent> {
  const filiere = await existingFiliere(context, filiereId);
  const fields = parseInput(eventSchema, {
    title: input.title,
    description: input.description ?? '',
    place: input.place,
    startsAt: input.startsAt,
    capacity: input.capacity ?? null,
  });
  const event = await context.services.repositories.filiereEvents.create({
    id: newId('evt'),
    filiereId: filiere.id,
    ...fields,
    createdBy: context.viewer.accountId!,
    createdAt: Date.now(),
  });
  await recordAction(
    context,
    'filiere.event_created',
    { kind: 'FiliereEvent', id: event.id },
    { filiere: filiere.id },
  );
  return event;
}

/** Registers the viewer (registering twice changes nothing); refused once the event has started. */
export async function registerForEvent(context: UseCaseContext, eventId: string): Promise<FiliereEvent> {
  const event = await existingEvent(context, eventId);
  if (event.startsAt < Date.now())
    throw BadUserInputError.at(['event'], 'this event is over', { code: 'filiere.eventOver' });
  await context.services.repositories.filiereEvents.register(event.id, actingMemberId(context), Date.now());
  return event;
}

export async function cancelRegistration(context: UseCaseContext, eventId: string): Promise<FiliereEvent> {
  const event = await existingEvent(context, eventId);
  if (!(await context.services.repositories.filiereEvents.cancel(event.id, actingMemberId(context))))
    throw BadUserInputError.at(['event'], 'you are not registered for this event', {
      code: 'filiere.notRegistered',
    });
  return event;
}
