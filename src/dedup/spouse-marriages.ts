/**
 * A person married to one spouse cannot register a marriage to another until that marriage has ended
 * (Law 52/2014/QH13 Art. 5(2)(c): marrying while married is forbidden; Art. 8(1)(d)). Two marriages a
 * batch keeps with one spouse — the same 12-digit ID or 9-digit CMND and name (folded) on the same side, or the same name
 * (with its marks) and the same whole birth date, unless both entries give the spouse an ID of one kind and the IDs
 * differ (two namesakes born the same day) — and partners of other names, where neither entry's
 * remarks say the earlier marriage ended (a divorce, a death, an annulment: MARRIAGE_ENDED) nor either is a
 * re-registration, are one person married twice, a row copied over another couple, or a namesake born the
 * same day: the one registered later gets MARRIAGE_SPOUSE_ALREADY_MARRIED, for the officer to check.
 * Only when the two were registered at most a year apart (WITHIN_DAYS): a widower or a divorced spouse
 * marrying again years later is ordinary, and a register seldom notes how the first marriage ended, while a
 * row copied over another couple or a spouse's cells typed on the wrong entry lands close to its source.
 */
import type { Provenance } from '../emit/manifest.js';
import type { BoundFinding } from '../normalize/bound-finding.js';
import { earlierRow } from '../validate/register-numbers.js';
import { daysApart } from './compare.js';
import type { DedupRecord } from './dedup-record.js';

/** The comparison value set on a marriage whose remarks say a marriage ended (specs/marriage.ts). */
export const MARRIAGE_ENDED = 'remarks.marriageEnded';
const RE_REGISTRATION = 'registration.again';
const SPOUSES = [['husband', 'wife'], ['wife', 'husband']] as const;
const SPOUSE_VI = { husband: 'chồng', wife: 'vợ' } as const;
const WHOLE_DATE = /^\d{4}-\d\d-\d\d$/;
const ID = /^(?:\d{9}|\d{12})$/;
/** Registrations at most this many days apart; further apart, or either date unknown, nothing is said. */
const WITHIN_DAYS = 365;

interface Marriage {
  /** The record's place in the batch (its index among the batch's records). */
  index: number;
  provenance: Provenance;
  partner: string;
  ended: boolean;
  registered: string | null;
  /** The spouse's ID as typed on that entry (9 or 12 digits), or null. */
  id: string | null;
}

/** A warning for the kept record at `index` in the batch. */
export interface SpouseMarriageWarning {
  index: number;
  finding: BoundFinding;
}

export class SpouseMarriages {
  private readonly seen = new Map<string, Marriage>();

  /**
   * MARRIAGE_SPOUSE_ALREADY_MARRIED for each spouse of `record` an earlier kept marriage (in source order) has with
   * another partner: on whichever of the two was registered later (the marriage made while married), naming the other.
   */
  check(record: DedupRecord, provenance: Provenance, index: number): SpouseMarriageWarning[] {
    if (record.type !== 'marriage') return [];
    const v = record.values;
    if (v[RE_REGISTRATION] === '1') return [];
    const ended = v[MARRIAGE_ENDED] === '1';
    const registered = v['registration.date'] ?? null;
    const warnings: SpouseMarriageWarning[] = [];
    for (const [role, other] of SPOUSES) {
      const partner = `${v[`${other}.family`] ?? ''} ${v[`${other}.given`] ?? ''}`;
      if (partner === ' ') continue;
      const keys = personKeys(v, role);
      const id = personalId(v, role);
      const earlier = keys.map((key) => this.seen.get(key)).find((marriage) => marriage !== undefined);
      if (earlier !== undefined && earlier.partner !== partner && !earlier.ended && !ended && registeredWithinAYear(earlier.registered, registered) && !otherIds(earlier.id, id)) {
        // Registered before the other though read after it (another commune's book earlier in the batch): the other is the later marriage.
        const warned = registered! < earlier.registered! ? { index: earlier.index, provenance: earlier.provenance, other: provenance } : { index, provenance, other: earlier.provenance };
        const finding: BoundFinding = { code: 'MARRIAGE_SPOUSE_ALREADY_MARRIED', field: `${role}.fullName`, params: { spouse: SPOUSE_VI[role], earlier: earlierRow(warned.other, warned.provenance) } };
        warnings.push({ index: warned.index, finding });
      }
      for (const key of keys) this.seen.set(key, { index, provenance, partner, ended, registered, id });
    }
    return warnings;
  }
}

function registeredWithinAYear(earlier: string | null, later: string | null): boolean {
  const days = daysApart(earlier, later);
  return days !== null && days <= WITHIN_DAYS;
}

/** The spouse's 12-digit ID or 9-digit CMND, or null. */
function personalId(v: DedupRecord['values'], role: 'husband' | 'wife'): string | null {
  const id = v[`${role}.personalId`];
  return id && ID.test(id) ? id : null;
}

/**
 * Two IDs of one kind that differ (two 12-digit numbers, two CMNDs): two people of one name and birth date — namesakes
 * of a big commune, or born on a day typed 01/01 for a year alone — not one person married twice. A CMND beside a
 * 12-digit number may be one person's old and new paper.
 */
function otherIds(earlier: string | null, later: string | null): boolean {
  return earlier !== null && later !== null && earlier.length === later.length && earlier !== later;
}

/** What tells one spouse: their ID, and their name with its marks beside a whole birth date. */
function personKeys(v: DedupRecord['values'], role: 'husband' | 'wife'): string[] {
  const keys: string[] = [];
  // With the name folded: an ID copied onto another person is PERSONAL_ID_OTHER_PERSON's, no second marriage.
  const id = personalId(v, role);
  if (id !== null) keys.push(`${role}|${id}|${v[`${role}.family.folded`] ?? ''} ${v[`${role}.given.folded`] ?? ''}`);
  const birthDate = v[`${role}.birthDate`];
  const given = v[`${role}.given`];
  const family = v[`${role}.family`];
  if (birthDate && WHOLE_DATE.test(birthDate) && given && family) keys.push(`${role}|${family} ${v[`${role}.middle`] ?? ''} ${given}|${birthDate}`);
  return keys;
}
