// The one marked configuration for user Markdown (notes, intros, comments), in the app and in every
// export, so a note looks the same in both: GitHub-flavoured, and a line break the user typed is a
// line break (they write in a plain text field, not in a Markdown editor).
export const USER_MARKDOWN_OPTIONS = { gfm: true, breaks: true, async: false } as const;
