import { describeGroup, type CorroborationGroup } from "./origins";

/**
 * The Admiralty code's credibility 1 reads "confirmed by other independent
 * sources": a claim may only be given it when the claim and the claims that
 * corroborate it reach at least two independent origins. Several reports of
 * one original are one origin, however many there are.
 */
export const INDEPENDENT_ORIGINS_FOR_CONFIRMED = 2;

/** Why credibility 1 is refused for this group, or null when the group bears it. */
export function credibilityOneRefusal(group: Pick<CorroborationGroup, "reports" | "origins">): string | null {
  if (group.origins.length >= INDEPENDENT_ORIGINS_FOR_CONFIRMED) return null;
  const basis = group.origins.length === 0 ? "no origin yet" : describeGroup(group);
  return (
    `Credibility 1 means "confirmed by other independent sources", and this claim has ${basis}. ` +
    "Relate it to a claim from an independent origin that corroborates it, or choose 2 (probably true). " +
    "A project owner may override the rule with a written rationale."
  );
}
