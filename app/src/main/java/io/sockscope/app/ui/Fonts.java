package io.sockscope.app.ui;

import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;

/** Picks fonts that can show the chosen language. */
public final class Fonts {
    /** Families that cover Simplified Chinese, best first. */
    static final List<String> CJK = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Droid Sans Fallback");

    private Fonts() {
    }

    /** The inline style that sets the root font for {@code lang}: a CJK family for Chinese, the theme's own otherwise. */
    public static String rootStyle(Language lang) {
        if (lang != Language.ZH) {
            return "";
        }
        return "-fx-font-family: \"" + cjk() + "\";";
    }

    /** The family the diagram's canvas writes with for {@code lang} (canvas text takes no CSS). */
    public static String canvasFamily(Language lang) {
        return lang == Language.ZH ? cjk() : Font.getDefault().getFamily();
    }

    private static String cjk() {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        return CJK.stream().filter(installed::contains).findFirst().orElse(CJK.get(0));
    }
}
