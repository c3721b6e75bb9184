/**
 * The diagram's content as plain Java, with no toolkit: {@link io.sockscope.app.diagram.layout.SessionFold}
 * folds a session's events into lifelines, rows, data arrows (byte ranges of each stream direction,
 * split and merged; datagrams, lost ones included), creation and signal arrows, marks, activations,
 * select badges and queue samples. {@link io.sockscope.app.diagram.layout.RowAxis} and
 * {@link io.sockscope.app.diagram.layout.ColumnLayout} place rows and lifelines. Headless export
 * and tests use it as it is; the painters in {@code paint} draw it.
 */
package io.sockscope.app.diagram.layout;
