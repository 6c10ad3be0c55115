"use client";

import type { ComponentProps } from "react";
import { ReviewForm } from "../../claims/[claimId]/_components/review-form";
import { useTriage } from "./triage";

/** The claim page's review form, driven by the triage's keys and moving on to the next claim once saved. */
export function TriageReview(props: Omit<ComponentProps<typeof ReviewForm>, "ref" | "onSaved" | "onCancel">) {
  const { formRef, advance, focusSelected } = useTriage();
  return <ReviewForm {...props} ref={formRef} onSaved={(message) => advance(props.claimId, message)} onCancel={focusSelected} />;
}
