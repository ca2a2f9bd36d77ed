import type { ListedFile } from '@/app/files/file-transfer';

export interface HistorySubmission {
  id: string;
  submittedAt: string;
  late: boolean;
  submittedBy: { displayName: string };
  templateVersion: { number: number };
  attachments: readonly ListedFile[];
}

export interface HistoryReview {
  id: string;
  accepted: boolean;
  comment: string;
  reviewedAt: string;
  reviewer: { displayName: string };
}

export type HistoryEntry =
  | { kind: 'submission'; at: string; item: HistorySubmission }
  | { kind: 'review'; at: string; item: HistoryReview };

// Filings and reviews on one line of time, newest first.
export function reportHistory(
  submissions: readonly HistorySubmission[],
  reviews: readonly HistoryReview[],
): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    ...submissions.map((item) => ({ kind: 'submission' as const, at: item.submittedAt, item })),
    ...reviews.map((item) => ({ kind: 'review' as const, at: item.reviewedAt, item })),
  ];
  return entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
