/**
 * The teacher's own lesson: captions and questions added at the present position, edited or
 * deleted ({@link io.sockscope.app.lesson.LessonEditor}, the form in
 * {@link io.sockscope.app.lesson.NoteForm}), and Save As, which writes a new session file
 * (with the edits) and never rewrites the file the session came from.
 */
package io.sockscope.app.lesson;
