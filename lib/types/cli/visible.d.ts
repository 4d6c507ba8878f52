/** Text from the input, printable on one line: `\n` shows as `\n`, ESC as `\u001b`. */
export declare function visible(text: string): string;
