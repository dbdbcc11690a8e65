import { createTheme, type Theme } from '@mui/material/styles';

/** Light and dark themes; colours chosen for WCAG AA contrast on text and badges. */
export function buildTheme(mode: 'light' | 'dark'): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'light' ? '#1f5fa8' : '#8ab8f0' },
      secondary: { main: mode === 'light' ? '#8a4b08' : '#f0b070' },
      background:
        mode === 'light' ? { default: '#f5f6f8', paper: '#ffffff' } : { default: '#121417', paper: '#1b1e23' },
    },
    shape: { borderRadius: 8 },
    typography: {
      fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif',
      h1: { fontSize: '1.6rem', fontWeight: 600 },
      h2: { fontSize: '1.25rem', fontWeight: 600 },
    },
    components: {
      MuiButtonBase: { defaultProps: { disableRipple: false } },
      MuiTableCell: { styleOverrides: { head: { fontWeight: 600 } } },
    },
  });
}
