import { AppError } from "@/lib/errors";

/**
 * A file that can't be turned into text, with a message for the person who uploaded it. An AppError ("invalid",
 * attached to the "file" field) so form actions and the JSON API report it like any other invalid input.
 */
export class ExtractionError extends AppError {
  readonly field = "file" as const;

  constructor(message: string) {
    super("invalid", message, { fieldErrors: { file: [message] } });
    this.name = "ExtractionError";
  }
}
