export const fills = [];
