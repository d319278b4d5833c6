// Sizes shared by the models in this folder (imported across files).
export const VOCAB = 5000;
export const EMBED = 128;
export const HIDDEN = 256;
export const NUM_LAYERS = 2;
export const NUM_CLASSES = 4;
