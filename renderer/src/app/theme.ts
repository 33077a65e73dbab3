import { createTheme } from '@mantine/core';

/** Calm and dense: a register is read for hours. System fonts only (the app is offline and the CSP allows no remote fonts). */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '600' },
  components: {
    Table: { defaultProps: { verticalSpacing: 6, striped: true, highlightOnHover: true } },
  },
});
