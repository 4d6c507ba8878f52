export declare const FRAME_WIDTH = 160;
export interface FrameWindow {
    /** The part of `text` inside the window, with an ellipsis at each cut side. */
    cut(text: string): string;
    /** Caret start column (1-based) and end column (exclusive) in the cut text, for source columns [from, to). */
    caret(from: number, to: number): {
        start: number;
        end: number;
    };
}
/** The window for a frame whose marked line is `line`, centred on `column` (1-based) when the line is long. */
export declare function frameWindow(line: string, column: number): FrameWindow;
