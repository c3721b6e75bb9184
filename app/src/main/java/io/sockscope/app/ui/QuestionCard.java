package io.sockscope.app.ui;

import io.sockscope.model.event.Note;
import io.sockscope.model.event.Quiz;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A question to the class: the question, its choices lettered A–D (or "answer in your own
 * words"), and, once revealed, the right choice marked (✓) and why. Text wraps; sizes follow the
 * parent's font size (the presentation scales it for a projector).
 */
public final class QuestionCard extends VBox {
    private static final String LETTERS = "ABCD";
    private final I18n i18n;

    public QuestionCard(I18n i18n) {
        this.i18n = i18n;
        setId("questionCard");
        getStyleClass().add("question-card");
        setFillWidth(true);
    }

    /** Shows {@code note}'s question in the card's language; {@code revealed} marks the answer and says why. */
    public void show(Note note, boolean revealed) {
        Quiz q = note.quiz();
        String lang = i18n.language().tag();
        getChildren().clear();
        getChildren().add(label("questionText", "question-text", i18n.t("question.ask", note.in(lang))));
        if (q.open()) {
            getChildren().add(label("questionOpen", "question-choice", i18n.t("question.open")));
        } else {
            List<String> choices = q.choicesIn(lang);
            for (int i = 0; i < choices.size(); i++) {
                boolean right = revealed && i == q.answer();
                Label c = label("questionChoice" + i, "question-choice",
                        (right ? "✓ " : "") + LETTERS.charAt(i) + ".  " + choices.get(i));
                if (right) {
                    c.getStyleClass().add("question-right");
                } else if (revealed) {
                    c.getStyleClass().add("question-wrong");
                }
                getChildren().add(c);
            }
        }
        if (revealed) {
            // the right choice is marked above; an open question's answer is said in words
            if (q.open()) {
                getChildren().add(label("questionAnswer", "question-answer", i18n.t("question.answer", q.answerIn(lang))));
            } else if (!q.explainIn(lang).isBlank()) {
                getChildren().add(label("questionWhy", "question-why", i18n.t("question.why", q.explainIn(lang))));
            }
        } else {
            getChildren().add(label("questionHint", "hint", i18n.t("question.hint")));
        }
    }

    private static Label label(String id, String style, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
