import { describe, expect, it } from 'vitest';
import type { Instruction } from '../schemas/instruction.ts';
import { deadlineText, trackerRow } from './tracker-row.ts';
import { UNCHECKED, type Tracked } from '../schemas/followup.ts';

const base: Tracked<Instruction> = {
  id: 'gas-kerbulak-taldykorgan',
  kind: 'instruction',
  action: 'Supply gas to all settlements',
  responsible: ['not-named'],
  deadlineSaid: 'by 2025',
  deadline: '2025-12-31',
  deadlineKind: 'date',
  topic: 'gas',
  districts: ['kerbulak'],
  places: ['taldykorgan'],
  projects: [],
  claims: [],
  quote: 'I instruct to provide gas',
  note: null,
  followup: UNCHECKED,
  sentences: ['p24s2'],
};
const names = {
  body: (id: string) => ({ government: 'Government of Kazakhstan', akimat: 'Akimat of Zhetysu region' })[id] ?? id,
  district: (id: string) => ({ kerbulak: 'Kerbulak district' })[id] ?? id,
  place: (id: string) => ({ name: id === 'taldykorgan' ? 'Taldykorgan' : id, district: id === 'taldykorgan' ? 'taldykorgan-city' : null }),
};

describe('deadlineText', () => {
  it('deadlineText(i) gives the words said and the date they resolve to', () => {
    expect(deadlineText(base)).toBe('“by 2025” → 31 Dec 2025');
  });

  it('deadlineText(i) says when no date is given', () => {
    expect(deadlineText({ deadlineSaid: 'urgently', deadline: null, deadlineKind: 'urgent' })).toBe('“urgently” (no date given)');
    expect(deadlineText({ deadlineSaid: null, deadline: null, deadlineKind: 'none' })).toBe('None given');
  });
});

describe('trackerRow', () => {
  it('trackerRow(i, names) names the bodies, places and districts, including the districts of its places', () => {
    const row = trackerRow(base, names);
    expect(row).toMatchObject({
      kind: 'Instruction',
      responsible: ['Not named in the speech'],
      where: ['Kerbulak district', 'Taldykorgan'],
      districtIds: ['kerbulak', 'taldykorgan-city'],
      deadlineIso: '2025-12-31',
    });
  });

  it('trackerRow(i, names) lists every responsible body', () => {
    expect(trackerRow({ ...base, responsible: ['government', 'akimat'] }, names).responsible).toEqual(['Government of Kazakhstan', 'Akimat of Zhetysu region']);
  });
});
