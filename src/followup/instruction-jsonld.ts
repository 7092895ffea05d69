// schema.org for an instruction page: the sentence as a Quotation, the instruction as an Action with its reported status.
import type { FollowupStatus } from '../schemas/followup.ts';

/** schema.org ActionStatusType for a reported status; "can't tell" statuses stay potential. */
export const ACTION_STATUS: Record<FollowupStatus, string> = {
  'reported done': 'https://schema.org/CompletedActionStatus',
  'reported partly done': 'https://schema.org/ActiveActionStatus',
  'reported under way': 'https://schema.org/ActiveActionStatus',
  'reported delayed or stalled': 'https://schema.org/ActiveActionStatus',
  'reported dropped': 'https://schema.org/FailedActionStatus',
  'no public report found': 'https://schema.org/PotentialActionStatus',
  'unclear as worded': 'https://schema.org/PotentialActionStatus',
  'not yet checked': 'https://schema.org/PotentialActionStatus',
};

export interface InstructionLd {
  url: string;
  action: string;
  quote: string;
  sentenceUrl: string;
  speaker: string;
  meetingDate: string;
  meetingPlace: string;
  deadline: string | null;
  agents: readonly string[];
  status: FollowupStatus;
  statusNote: string;
  evidenceUrls: readonly string[];
}

export function instructionJsonLd(i: InstructionLd): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Action',
    '@id': i.url,
    name: i.action,
    url: i.url,
    actionStatus: ACTION_STATUS[i.status],
    // The status is what sources report, not a verdict of ours: the description says so.
    description: `Status as reported: ${i.status}. ${i.statusNote}`,
    ...(i.deadline ? { endTime: i.deadline } : {}),
    ...(i.agents.length > 0 ? { agent: i.agents.map((name) => ({ '@type': 'Organization', name })) } : {}),
    ...(i.evidenceUrls.length > 0 ? { subjectOf: i.evidenceUrls.map((url) => ({ '@type': 'CreativeWork', url })) } : {}),
    object: {
      '@type': 'Quotation',
      text: i.quote,
      url: i.sentenceUrl,
      spokenByCharacter: { '@type': 'Person', name: i.speaker },
      dateCreated: i.meetingDate,
      locationCreated: { '@type': 'Place', name: i.meetingPlace },
    },
  };
}
