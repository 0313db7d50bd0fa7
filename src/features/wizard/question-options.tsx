import type { OptionText } from '../../decision';
import { UNSURE } from '../../decision';

const NOT_SURE: OptionText = {
  value: UNSURE,
  label: 'Not sure',
  hint: 'Counts as answered and leaves the ranking as it is.',
};

interface QuestionOptionsProps {
  readonly questionId: string;
  readonly multiple: boolean;
  readonly options: readonly OptionText[];
  readonly isChecked: (value: string) => boolean;
  readonly onChange: (value: string, checked: boolean) => void;
}

/** The native radios or checkboxes of one question, "Not sure" last. */
export function QuestionOptions({ questionId, multiple, options, isChecked, onChange }: QuestionOptionsProps) {
  return (
    <div className="options stack gap-2">
      {[...options, NOT_SURE].map((option) => {
        const id = `${questionId}-${option.value}`;
        const hintId = `${id}-hint`;
        const extra = option.value === UNSURE ? ' option-unsure' : option.value === 'none' ? ' option-none' : '';
        return (
          <div className={`option${extra}`} key={option.value}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={id}
              name={questionId}
              value={option.value}
              checked={isChecked(option.value)}
              onChange={(event) => onChange(option.value, event.currentTarget.checked)}
              aria-describedby={option.hint === undefined ? undefined : hintId}
            />
            <label className="fw-500" htmlFor={id}>{option.label}</label>
            {option.hint !== undefined && (
              <span className="option-hint muted fs-14" id={hintId}>
                {option.hint}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
