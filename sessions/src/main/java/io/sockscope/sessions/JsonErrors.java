package io.sockscope.sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's parse errors in Sockscope's words: the reader's own limits named as such, and no
 * hints about Jackson's settings ({@code enable JsonReadFeature...}, {@code StreamReadConstraints...}),
 * which a user cannot act on.
 */
final class JsonErrors {
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'$", Pattern.DOTALL);
    /** Jackson's advice about its own features and constraints, from where it starts to the end. */
    private static final Pattern ADVICE = Pattern.compile(
            "\\s*(?:[;:,(]\\s*)?(?:enable|from|use|Use|set)\\s+`[^`]*`.*$", Pattern.DOTALL);
    /** Jackson's pointer to where an object or the document started: the line number says it already. */
    private static final Pattern SOURCE = Pattern.compile("\\s*\\((?:start marker|for [^()]*?starting) at \\[Source:[^\\]]*\\]\\)");

    private JsonErrors() {
    }

    static String reason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "invalid JSON";
        }
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return "invalid JSON: nested deeper than " + Json.MAX_NESTING + " levels (the reader's limit)";
            }
            if (m.contains("Number value length") || m.contains("Number length")) {
                return "invalid JSON: a number longer than " + Json.MAX_NUMBER_LENGTH + " characters (the reader's limit)";
            }
            if (m.contains("Name length")) {
                return "invalid JSON: a field name longer than " + Json.MAX_NAME_LENGTH + " bytes (the reader's limit)";
            }
            return "invalid JSON: the line exceeds a limit of the reader";
        }
        Matcher dup = DUPLICATE.matcher(m);
        if (dup.matches()) {
            return "invalid JSON: field \"" + Structs.shorten(dup.group(1)) + "\" appears twice";
        }
        if (m.startsWith("Non-standard token")) {
            return "invalid JSON: " + m.replaceFirst("^Non-standard token ('[^']*').*$", "$1 is not a JSON number");
        }
        String first = SOURCE.matcher(m.split("\\R", 2)[0]).replaceAll("");
        return "invalid JSON: " + ADVICE.matcher(first).replaceFirst("").strip();
    }
}
