import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const inputClass =
  "block w-full rounded-md border border-stone-300 bg-white px-2.5 py-1.5 text-sm shadow-xs placeholder:text-stone-400 focus:border-blue-600 focus:outline-none aria-[invalid=true]:border-red-500";

type FieldProps = { label: string; name: string; id?: string; errors?: string[]; hint?: string; className?: string };

/** A labelled control with its hint and its errors wired up for screen readers. */
function FieldShell({ label, name, id = name, errors, hint, className = "", children }: FieldProps & { children: React.ReactNode }) {
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">
        {label}
      </label>
      {children}
      {hint && !errors?.length ? (
        <p id={`${id}-hint`} className="text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-xs text-red-700" data-field-error={name}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The attributes that tie a control to its label, hint and errors. */
const controlProps = (name: string, id: string, errors?: string[], hint?: string) => ({
  id,
  name,
  className: inputClass,
  "aria-invalid": errors?.length ? true : undefined,
  "aria-describedby": errors?.length ? `${id}-error` : hint ? `${id}-hint` : undefined,
});

export function TextField({ label, name, id, errors, hint, className, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} name={name} id={id} errors={errors} hint={hint} className={className}>
      <input {...controlProps(name, id ?? name, errors, hint)} {...props} />
    </FieldShell>
  );
}

export function TextAreaField({
  label,
  name,
  id,
  errors,
  hint,
  className,
  ...props
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} name={name} id={id} errors={errors} hint={hint} className={className}>
      <textarea {...controlProps(name, id ?? name, errors, hint)} {...props} />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  id,
  errors,
  hint,
  className,
  children,
  ...props
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldShell label={label} name={name} id={id} errors={errors} hint={hint} className={className}>
      <select {...controlProps(name, id ?? name, errors, hint)} {...props}>
        {children}
      </select>
    </FieldShell>
  );
}
