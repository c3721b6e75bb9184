package io.sockscope.model.event;

import java.util.List;
import java.util.Objects;

/**
 * What turns a note into a question the class answers before the outcome is shown: two to four
 * choices with the right one, or no choices (an open question) with the answer in words.
 *
 * @param choices   the choices in English (or in the note's one language); empty for an open question
 * @param choicesZh the same choices in Chinese, or empty when the note has one language
 * @param answer    index of the right choice, or -1 for an open question
 * @param explain   why (for an open question: the answer), in English or the note's one language; may be ""
 * @param explainZh the same in Chinese, or ""
 */
public record Quiz(List<String> choices, List<String> choicesZh, int answer, String explain, String explainZh) {
    /** Most choices a question offers. */
    public static final int MAX_CHOICES = 4;

    public Quiz {
        choices = List.copyOf(choices);
        choicesZh = List.copyOf(choicesZh);
        Objects.requireNonNull(explain, "explain");
        Objects.requireNonNull(explainZh, "explainZh");
        if (choices.isEmpty()) {
            if (answer != -1 || !choicesZh.isEmpty()) {
                throw new IllegalArgumentException("an open question has no choices and answer -1");
            }
            if (explain.isBlank() && explainZh.isBlank()) {
                throw new IllegalArgumentException("an open question needs its answer in words");
            }
        } else {
            if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
                throw new IllegalArgumentException("a question has 2 to " + MAX_CHOICES + " choices, not " + choices.size());
            }
            if (!choicesZh.isEmpty() && choicesZh.size() != choices.size()) {
                throw new IllegalArgumentException(choices.size() + " choices but " + choicesZh.size() + " in Chinese");
            }
            if (answer < 0 || answer >= choices.size()) {
                throw new IllegalArgumentException("answer " + answer + " is not one of the " + choices.size() + " choices");
            }
            if (choices.stream().anyMatch(String::isBlank) || choicesZh.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("a choice is blank");
            }
        }
    }

    /** A question with choices; {@code answer} is the index of the right one. */
    public static Quiz choices(List<String> en, List<String> zh, int answer, String explain, String explainZh) {
        return new Quiz(en, zh, answer, explain, explainZh);
    }

    /** An open question: the class answers in words; {@code answer} is the answer. */
    public static Quiz open(String answer, String answerZh) {
        return new Quiz(List.of(), List.of(), -1, answer, answerZh);
    }

    /** True for an open question (no choices). */
    public boolean open() {
        return choices.isEmpty();
    }

    /** The choices a reader of {@code language} sees ("zh" or "en"). */
    public List<String> choicesIn(String language) {
        return "zh".equals(language) && !choicesZh.isEmpty() ? choicesZh : choices;
    }

    /** The explanation (the answer of an open question) a reader of {@code language} sees. */
    public String explainIn(String language) {
        if ("zh".equals(language) && !explainZh.isEmpty()) {
            return explainZh;
        }
        return explain.isEmpty() ? explainZh : explain;
    }

    /** The right answer in words for a reader of {@code language}: the right choice, or the open answer. */
    public String answerIn(String language) {
        return open() ? explainIn(language) : choicesIn(language).get(answer);
    }

    /** This question in one language only (for a note shown in that language). */
    Quiz inLanguage(String language) {
        return new Quiz(choicesIn(language), List.of(), answer, explainIn(language), "");
    }
}
