/**
 * GET /api/v1/people/:identityNumber/prefill/:kind — 从人员信息库带入: the part of a transfer's or a
 * post change's form the personnel register fills. Answered to a clerk of a unit that employs the
 * person, or — for a transfer — to a clerk of the receiving unit who gives the person's consent
 * reference; to anyone else, and for a person the register does not know, the same 404, so the
 * answer never tells who is employed where. Every lookup, answered or not, is an audit event with
 * the person's blind index (never the number), the basis and the consent reference.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAuditEvents } from '../../db/audit';
import type { Database } from '../../db/client';
import { prefillOf, type RegisterState } from '../../register/prefill';
import type { PersonnelRegister } from '../../register/store';
import { identityNumber } from '../../schemas/identity-number';
import { membershipsWith } from '../../schemas/principal';
import { prefillAnswer, prefillKind, prefillQuery, type PrefillKind } from '../../schemas/register';
import type { PersonalDataVault } from '../../vault/vault';
import { callerOf } from '../auth';
import { errorBody, HttpError } from '../errors';

const params = z.object({ identityNumber: identityNumber.describe('公民身份号码 / citizen identity number'), kind: prefillKind });

type Basis = { basis: 'employer'; state: RegisterState } | { basis: 'consent'; state: RegisterState; consent: string };

/** Which of the person's states the caller may read, and on what basis; undefined when none. */
function entitlement(kind: PrefillKind, states: RegisterState[], clerkOf: string[], consent: string | undefined): Basis | undefined {
  const employed = states.find((state) => clerkOf.includes(state.employment.unit.code));
  if (employed) return { basis: 'employer', state: employed };
  const current = states[0];
  if (kind === 'transfer' && consent && current && clerkOf.length > 0) return { basis: 'consent', state: current, consent };
  return undefined;
}

export const peopleRoutes: FastifyPluginAsyncZod<{ db: Database; register: PersonnelRegister; vault: PersonalDataVault }> = async (app, { db, register, vault }) => {
  app.get(
    '/api/v1/people/:identityNumber/prefill/:kind',
    {
      schema: {
        tags: ['people'],
        summary: '从人员信息库带入 / prefill a transfer or a post change from the personnel register',
        description:
          'For a clerk of the unit that employs the person, or for a transfer a clerk of the receiving unit with `consent` (the person’s consent reference). Anyone else, or a person the register does not know: 404. Every lookup is audited (`register-prefill`).',
        params,
        querystring: prefillQuery,
        response: { 200: prefillAnswer, 400: errorBody, 401: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { identityNumber: number, kind } = request.params;
      const caller = callerOf(request);
      const clerkOf = membershipsWith(caller, 'unit-clerk').map((membership) => membership.organisation);
      const found = entitlement(kind, await register.inForce(number), clerkOf, request.query.consent);
      // Recorded before anything goes out, whatever the answer, so no lookup escapes the trail.
      await appendAuditEvents(db, [
        {
          eventKey: `register-prefill/${randomUUID()}`,
          matterId: null,
          at: new Date(),
          actor: caller.sub,
          organisation: clerkOf[0] ?? caller.memberships[0]?.organisation ?? null,
          role: 'unit-clerk',
          action: 'register-prefill',
          outcome: found ? 'answered' : 'not-found',
          details: {
            kind,
            personIndex: vault.personIndex(number),
            ...(found ? { basis: found.basis, unitCode: found.state.employment.unit.code } : {}),
            ...(request.query.consent ? { consentReference: request.query.consent } : {}),
            requestId: request.id,
          },
        },
      ]);
      if (!found) throw new HttpError(404, 'not_found', '人员信息库中没有可供带入的信息 / nothing in the register to prefill from');
      reply.header('cache-control', 'no-store');
      return prefillOf(kind, found.state);
    },
  );
};
