import { DateInput, type DateInputProps } from '@mantine/dates';

/** A calendar date stored as YYYY-MM-DD; typed or picked, and clearable (null means "not recorded"). */
export function DateField(props: DateInputProps) {
  return <DateInput valueFormat="YYYY-MM-DD" placeholder="YYYY-MM-DD" clearable popoverProps={{ withinPortal: true }} {...props} />;
}
