/** The shape rules, usable on their own by the analyzer (no tensors, no kernels). */
export * from "./dim";
export * from "./result";
export * from "./recurrent-config";
export * from "./recurrent-args";
export * from "./recurrent-forward";
export * from "./ops";
export * from "./strides";
export * from "./python-values";
export * from "./int-args";
