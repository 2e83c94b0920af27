export type { FollowUp, Proposal, ProposalStatus } from '#domain/schemas/segments';
