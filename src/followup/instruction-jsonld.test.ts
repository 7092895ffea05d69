import { describe, expect, it } from 'vitest';
import { instructionJsonLd } from './instruction-jsonld.ts';

const base = {
  url: 'https://site.test/tracker/a/', action: 'Build it', quote: 'build it', sentenceUrl: 'https://site.test/speech/#p1s1', speaker: 'K', meetingDate: '2022-10-20',
  meetingPlace: 'Taldykorgan', deadline: '2023-12-31', agents: ['Government'], status: 'reported done' as const, statusNote: 'Reported finished.', evidenceUrls: ['https://news.test/a'],
};

describe('instructionJsonLd', () => {
  it('instructionJsonLd(i) gives an Action with the reported status, deadline, agents and the Quotation it comes from', () => {
    const ld = instructionJsonLd(base);
    expect(ld).toMatchObject({ '@type': 'Action', actionStatus: 'https://schema.org/CompletedActionStatus', endTime: '2023-12-31', agent: [{ name: 'Government' }] });
    expect(ld['object']).toMatchObject({ '@type': 'Quotation', text: 'build it', dateCreated: '2022-10-20' });
    expect(String(ld['description'])).toMatch(/^Status as reported: reported done\./);
  });
  it('instructionJsonLd(i) leaves out what is not given and keeps "cannot tell" potential', () => {
    const ld = instructionJsonLd({ ...base, deadline: null, agents: [], evidenceUrls: [], status: 'unclear as worded' });
    expect(ld).not.toHaveProperty('endTime');
    expect(ld).not.toHaveProperty('agent');
    expect(ld['actionStatus']).toBe('https://schema.org/PotentialActionStatus');
  });
});
