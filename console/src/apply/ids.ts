/** The element id of a field's input, from its path: the error summary links to it. */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `${fieldId(path)}-error`;
