import { SelectField, TextField } from "@/components/ui/field";
import { SOURCE_KIND_LABELS } from "@/lib/sources/labels";
import { SOURCE_KINDS } from "@/lib/sources/schemas";
import { ReliabilityChoice } from "./reliability-choice";

/** The fields as the form shows them; an empty `reliability` is "Not graded yet". */
export type MetadataValues = Partial<Record<"title" | "authors" | "publisher" | "publishedOn" | "url" | "kind" | "language" | "reliability", string>>;

/** The source's details, as one set of fields for the import form and the edit form. */
export function MetadataFields({
  values,
  errors,
  titleHint,
  origins = {},
}: {
  values: MetadataValues;
  errors?: Record<string, string[]>;
  titleHint?: string;
  /** Where the import found each field, shown under it. */
  origins?: Partial<Record<"title" | "authors" | "publisher" | "publishedOn", string>>;
}) {
  const from = (field: keyof typeof origins, fallback?: string) => (origins[field] ? `From ${origins[field]}.` : fallback);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <TextField className="sm:col-span-2" label="Title" name="title" defaultValue={values.title} maxLength={500} hint={from("title", titleHint)} errors={errors?.title} />
      <TextField label="Authors" name="authors" defaultValue={values.authors} hint={origins.authors ? `From ${origins.authors}. Separate names with semicolons.` : "Separate names with semicolons."} errors={errors?.authors} />
      <TextField label="Publisher" name="publisher" defaultValue={values.publisher} maxLength={300} hint={from("publisher")} errors={errors?.publisher} />
      <TextField label="Published" name="publishedOn" type="date" defaultValue={values.publishedOn} hint={from("publishedOn")} errors={errors?.publishedOn} />
      <TextField label="Web address" name="url" type="url" defaultValue={values.url} placeholder="https://" errors={errors?.url} />
      <SelectField label="Kind" name="kind" defaultValue={values.kind ?? "OTHER"} errors={errors?.kind}>
        {SOURCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {SOURCE_KIND_LABELS[kind]}
          </option>
        ))}
      </SelectField>
      <TextField label="Language" name="language" defaultValue={values.language} placeholder="en" maxLength={35} errors={errors?.language} />
      <ReliabilityChoice className="sm:col-span-2" value={values.reliability} errors={errors?.reliability} />
    </div>
  );
}
