/** The instance's emails, as plain text: what happened, the link, how long it is good, and who did it. */

export function invitationMail(input: { to: string; inviter: string; project: string; role: string; url: string; expiresAt: Date }) {
  return {
    to: input.to,
    subject: `${input.inviter} invited you to “${input.project}” on Claimwork`,
    text: [
      `${input.inviter} invited you to join “${input.project}” as ${input.role.toLowerCase()}.`,
      "",
      `Open this link to accept (sign in, or create an account with this address, ${input.to}):`,
      input.url,
      "",
      `The link is yours alone, works once, and expires on ${input.expiresAt.toUTCString()}.`,
      "If you did not expect it, ignore this message.",
    ].join("\n"),
  };
}

export function verificationMail(input: { to: string; name: string; url: string }) {
  return {
    to: input.to,
    subject: "Confirm your address for Claimwork",
    text: [
      `Hello ${input.name},`,
      "",
      "Open this link to confirm that this address is yours:",
      input.url,
      "",
      "It is good for 24 hours. Invitations sent to this address can be accepted once it is confirmed.",
      "If you did not create a Claimwork account, ignore this message.",
    ].join("\n"),
  };
}

export function resetMail(input: { to: string; url: string; minutes: number; byAdmin: boolean }) {
  return {
    to: input.to,
    subject: "Set a new Claimwork password",
    text: [
      input.byAdmin ? "An admin of your Claimwork instance made you a link to set a new password:" : "Someone (we hope you) asked to set a new password for this address:",
      input.url,
      "",
      `It works once, within ${input.minutes} minutes, and signs you out everywhere else.`,
      "If you did not ask for it, ignore this message: your password stays as it is.",
    ].join("\n"),
  };
}
