"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/actions/form-state";
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from "../actions";

/** Two-factor sign-in: turn it on (scan, confirm a code, keep the recovery codes), or off with a code. */
export function TwoFactor({ enabled, required }: { enabled: boolean; required: boolean }) {
  const [started, start, starting] = useActionState(startTwoFactorAction, initialFormState);
  const [confirmed, confirm] = useActionState(confirmTwoFactorAction, initialFormState);
  const [disabled, disable] = useActionState(disableTwoFactorAction, initialFormState);

  if (confirmed.ok && confirmed.data?.recoveryCodes) {
    return (
      <div className="space-y-2 rounded-md bg-green-50 p-3 text-green-900" data-testid="recovery-codes">
        <p className="font-medium">Two-factor sign-in is on. Keep these recovery codes somewhere safe: each signs in once without your phone, and they are shown only now.</p>
        <pre className="rounded border border-green-300 bg-white p-2 font-mono text-sm">{confirmed.data.recoveryCodes}</pre>
      </div>
    );
  }
  if (enabled) {
    return (
      <form action={disable} className="flex flex-wrap items-end gap-3" noValidate>
        <p className="w-full text-stone-600">On: signing in asks for a code of your authenticator app.{required ? " This instance requires it." : ""}</p>
        {required ? null : (
          <>
            <TextField label="Code, to turn it off" name="code" autoComplete="one-time-code" errors={disabled.fieldErrors?.code} />
            <SubmitButton variant="secondary" pendingText="Turning off…">
              Turn off
            </SubmitButton>
          </>
        )}
        <FormMessage state={disabled} success={disabled.message} />
      </form>
    );
  }
  if (started.ok && started.data?.qr) {
    return (
      <form action={confirm} className="space-y-3" noValidate>
        <p className="text-stone-600">Scan this with an authenticator app (or type the key in), then enter the code it shows.</p>
        {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server, shown once */}
        <img src={started.data.qr} alt="QR code for your authenticator app" width={200} height={200} className="rounded border border-stone-200" />
        <p className="text-xs text-stone-500">
          Key: <code data-testid="totp-secret">{started.data.secret}</code>
        </p>
        <TextField label="Code from the app" name="code" autoComplete="one-time-code" inputMode="numeric" required errors={confirmed.fieldErrors?.code} />
        <FormMessage state={confirmed} />
        <SubmitButton pendingText="Checking…">Turn on</SubmitButton>
      </form>
    );
  }
  return (
    <form action={start} className="space-y-2">
      <p className="text-stone-600">Off: a password alone signs you in. With it on, signing in also asks for a code from an authenticator app on your phone.</p>
      <FormMessage state={started} />
      <Button type="submit" disabled={starting}>
        Set up two-factor sign-in
      </Button>
    </form>
  );
}
