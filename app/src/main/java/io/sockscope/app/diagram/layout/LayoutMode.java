package io.sockscope.app.diagram.layout;

/** How rows are spaced: one row per event, or proportional to time with long idle gaps folded. */
public enum LayoutMode { STEPS, TIME }
