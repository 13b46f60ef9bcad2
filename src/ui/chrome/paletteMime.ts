/** The drag-and-drop type that carries a step type from the palette to the canvas. */
export const PALETTE_MIME = 'application/x-flowsmith-step';
