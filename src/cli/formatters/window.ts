// Code frames show source lines, and a hostile file can be one 10 MB line: every frame line is cut to a window
// of at most FRAME_WIDTH characters around the finding's column, with an ellipsis where text was cut.
export const FRAME_WIDTH = 160;
const ELLIPSIS = '…';

export interface FrameWindow {
  /** The part of `text` inside the window, with an ellipsis at each cut side. */
  cut(text: string): string;
  /** Caret start column (1-based) and end column (exclusive) in the cut text, for source columns [from, to). */
  caret(from: number, to: number): { start: number; end: number };
}

/** The window for a frame whose marked line is `line`, centred on `column` (1-based) when the line is long. */
export function frameWindow(line: string, column: number): FrameWindow {
  const col = Math.max(0, column - 1);
  // Lines that fit (and a column within the first FRAME_WIDTH characters) are shown whole, as before.
  const start = line.length <= FRAME_WIDTH && col < FRAME_WIDTH ? 0 : Math.max(0, Math.min(col - FRAME_WIDTH / 2, line.length - FRAME_WIDTH));
  const end = start + FRAME_WIDTH;
  const lead = start > 0 ? ELLIPSIS.length : 0;
  return {
    cut(text) {
      if (start === 0 && text.length <= FRAME_WIDTH) return text;
      return `${start > 0 ? ELLIPSIS : ''}${text.slice(start, end)}${text.length > end ? ELLIPSIS : ''}`;
    },
    caret(from, to) {
      const a = Math.min(Math.max(from - 1, start), end);
      const b = Math.min(Math.max(to - 1, a + 1), end);
      return { start: a - start + lead + 1, end: b - start + lead + 1 };
    },
  };
}
