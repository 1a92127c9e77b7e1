/** A labelled one-line text field, its text handed to `onText` as typed. */
export function Field({
  label,
  testId,
  type,
  placeholder,
  value,
  size,
  maxLength,
  onText,
}: {
  label: string;
  testId: string;
  type?: string;
  placeholder?: string;
  value: string;
  size?: number;
  maxLength?: number;
  onText(text: string): void;
}) {
  return (
    <label>
      {label}{' '}
      <input
        type={type}
        placeholder={placeholder}
        data-testid={testId}
        value={value}
        size={size}
        maxLength={maxLength}
        onInput={(e) => onText(e.currentTarget.value)}
      />
    </label>
  );
}
