package io.sockscope.app.lesson;

import io.sockscope.app.ui.I18n;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Quiz;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The fields of a caption or question: its text in English and Chinese (either may be empty,
 * not both), whether it starts a step, and for a question up to four choices in both languages
 * with the right one marked (no choices: an open question, answered in the "why" fields).
 */
public final class NoteForm {
    /** What the note is. */
    public enum Kind { STEP, NOTE, QUESTION }

    private final I18n i18n;
    private final TextArea en = area("noteEn");
    private final TextArea zh = area("noteZh");
    private final ToggleGroup kinds = new ToggleGroup();
    private final RadioButton step = new RadioButton();
    private final RadioButton note = new RadioButton();
    private final RadioButton question = new RadioButton();
    private final List<TextField> choicesEn = new ArrayList<>();
    private final List<TextField> choicesZh = new ArrayList<>();
    private final ToggleGroup right = new ToggleGroup();
    private final List<RadioButton> rights = new ArrayList<>();
    private final TextField whyEn = field("noteWhyEn");
    private final TextField whyZh = field("noteWhyZh");
    private final GridPane choices = new GridPane();
    private final Label error = new Label();
    private final VBox pane = new VBox(8);

    public NoteForm(I18n i18n) {
        this.i18n = i18n;
        step.setId("noteKindStep");
        note.setId("noteKindNote");
        question.setId("noteKindQuestion");
        step.setText(i18n.t("lesson.kind.step"));
        note.setText(i18n.t("lesson.kind.note"));
        question.setText(i18n.t("lesson.kind.question"));
        for (RadioButton b : List.of(step, note, question)) {
            b.setToggleGroup(kinds);
        }
        step.setSelected(true);
        choices.setHgap(8);
        choices.setVgap(6);
        choices.add(wrapping(i18n.t("lesson.right")), 0, 0);
        choices.add(wrapping(i18n.t("lesson.choiceEn")), 1, 0);
        choices.add(wrapping(i18n.t("lesson.choiceZh")), 2, 0);
        for (int i = 0; i < Quiz.MAX_CHOICES; i++) {
            RadioButton r = new RadioButton(String.valueOf("ABCD".charAt(i)));
            r.setId("noteRight" + i);
            r.setToggleGroup(right);
            rights.add(r);
            choicesEn.add(field("noteChoiceEn" + i));
            choicesZh.add(field("noteChoiceZh" + i));
            choices.addRow(i + 1, r, choicesEn.get(i), choicesZh.get(i));
        }
        rights.get(0).setSelected(true);
        choices.add(wrapping(i18n.t("lesson.why")), 0, Quiz.MAX_CHOICES + 1, 3, 1);
        choices.addRow(Quiz.MAX_CHOICES + 2, new Label(), whyEn, whyZh);
        ColumnConstraints c0 = new ColumnConstraints();
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setPercentWidth(45);
        choices.getColumnConstraints().setAll(c0, grow, grow);
        choices.visibleProperty().bind(question.selectedProperty());
        choices.managedProperty().bind(question.selectedProperty());
        error.setId("noteError");
        error.getStyleClass().add("hint");
        error.setWrapText(true);
        pane.setId("noteForm");
        pane.setPrefWidth(620);
        pane.getChildren().addAll(wrapping(i18n.t("lesson.textEn")), en, wrapping(i18n.t("lesson.textZh")), zh,
                new javafx.scene.layout.HBox(16, step, note, question), choices, error);
    }

    /** The form's controls. */
    public VBox pane() {
        return pane;
    }

    /** Calls {@code r} when the form shows or hides the question's fields (its window should fit it again). */
    public void onResize(Runnable r) {
        kinds.selectedToggleProperty().addListener((o, a, b) -> r.run());
    }

    /** Fills the form from {@code n} (editing it). */
    public void fill(Note n) {
        boolean zhOnly = "zh".equals(n.lang()) && !n.bilingual();
        en.setText(zhOnly ? "" : n.text());
        zh.setText(zhOnly ? n.text() : n.zh());
        (n.question() ? question : n.step() > 0 ? step : note).setSelected(true);
        if (n.question()) {
            Quiz q = n.quiz();
            for (int i = 0; i < q.choices().size(); i++) {
                boolean zhChoices = zhOnly;
                choicesEn.get(i).setText(zhChoices ? "" : q.choices().get(i));
                choicesZh.get(i).setText(zhChoices ? q.choices().get(i) : q.choicesZh().isEmpty() ? "" : q.choicesZh().get(i));
            }
            rights.get(Math.max(0, q.answer())).setSelected(true);
            whyEn.setText(zhOnly ? "" : q.explain());
            whyZh.setText(zhOnly ? q.explain() : q.explainZh());
        }
    }

    /** Chooses what the note is. */
    public void setKind(Kind k) {
        (k == Kind.STEP ? step : k == Kind.NOTE ? note : question).setSelected(true);
    }

    /** Offers only "question" or a plain note when the note's place cannot take a step (editing keeps the kind). */
    public void lockStep(boolean locked) {
        step.setDisable(locked);
    }

    /**
     * The note the form describes (seq and time 0: the lesson places it), or null with the
     * reason shown in the form.
     */
    public Note read() {
        try {
            Note n = build();
            error.setText("");
            return n;
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
            return null;
        }
    }

    private Note build() {
        String e = en.getText().strip();
        String z = zh.getText().strip();
        if (e.isEmpty() && z.isEmpty()) {
            throw new IllegalArgumentException(i18n.t("lesson.error.empty"));
        }
        int stepNo = step.isSelected() ? 1 : 0;
        Quiz quiz = question.isSelected() ? quiz(e.isEmpty()) : null;
        if (e.isEmpty()) {
            return new Note(0, 0, z, "zh", stepNo, "", quiz);
        }
        return new Note(0, 0, e, "en", stepNo, z, quiz);
    }

    /** The question's choices and answer; {@code zhOnly}: the note has Chinese text only. */
    private Quiz quiz(boolean zhOnly) {
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        int answer = -1;
        boolean anyZh = false;
        for (int i = 0; i < Quiz.MAX_CHOICES; i++) {
            String ce = choicesEn.get(i).getText().strip();
            String cz = choicesZh.get(i).getText().strip();
            if (ce.isEmpty() && cz.isEmpty()) {
                continue;
            }
            if (rights.get(i).isSelected()) {
                answer = en.size();
            }
            en.add(ce.isEmpty() ? cz : ce);
            zh.add(cz.isEmpty() ? ce : cz);
            anyZh |= !cz.isEmpty();
        }
        String we = whyEn.getText().strip();
        String wz = whyZh.getText().strip();
        if (en.isEmpty()) {
            if (we.isEmpty() && wz.isEmpty()) {
                throw new IllegalArgumentException(i18n.t("lesson.error.openAnswer"));
            }
            return zhOnly ? Quiz.open(wz.isEmpty() ? we : wz, "") : Quiz.open(we.isEmpty() ? wz : we, we.isEmpty() ? "" : wz);
        }
        if (en.size() == 1) {
            throw new IllegalArgumentException(i18n.t("lesson.error.oneChoice"));
        }
        if (answer < 0) {
            throw new IllegalArgumentException(i18n.t("lesson.error.noRight"));
        }
        if (zhOnly) {
            return Quiz.choices(zh, List.of(), answer, wz.isEmpty() ? we : wz, "");
        }
        return Quiz.choices(en, anyZh ? zh : List.of(), answer, we, wz);
    }

    private static TextArea area(String id) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(2);
        return a;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
