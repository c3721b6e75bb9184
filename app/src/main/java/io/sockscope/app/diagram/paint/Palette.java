package io.sockscope.app.diagram.paint;

import javafx.scene.paint.Color;

/**
 * Diagram colours, light and dark, from the Okabe–Ito colour-blind-safe set. Every mark
 * also differs by shape, so nothing depends on telling two hues apart.
 */
public record Palette(Color background, Color stripe, Color fg, Color muted, Color grid,
                      Color stream, Color datagram, Color lost, Color creation, Color blocked,
                      Color select, Color sendQ, Color recvQ, Color acceptQ, Color warn,
                      Color error, Color headFill, Color selection, Color[] groups) {

    private static final Color ORANGE = Color.web("#E69F00");
    private static final Color SKY = Color.web("#56B4E9");
    private static final Color GREEN = Color.web("#009E73");
    private static final Color YELLOW = Color.web("#F0E442");
    private static final Color BLUE = Color.web("#0072B2");
    private static final Color VERMILLION = Color.web("#D55E00");
    private static final Color PURPLE = Color.web("#CC79A7");

    public static Palette light() {
        return new Palette(Color.web("#FFFFFF"), Color.web("#F5F7FA"), Color.web("#1B1F24"),
                Color.web("#46505A"), Color.web("#D5DAE0"),
                BLUE, GREEN, VERMILLION, PURPLE.darker(), ORANGE,
                PURPLE, ORANGE, SKY, PURPLE, ORANGE.darker(),
                VERMILLION, Color.web("#EEF2F6"), Color.web("#0072B2"),
                new Color[] {BLUE, ORANGE.darker(), GREEN, PURPLE.darker()});
    }

    public static Palette dark() {
        return new Palette(Color.web("#15191E"), Color.web("#1B2026"), Color.web("#E8ECF0"),
                Color.web("#AEB8C3"), Color.web("#39424C"),
                SKY, GREEN.brighter(), VERMILLION.brighter(), PURPLE, ORANGE,
                PURPLE, ORANGE, SKY, PURPLE, YELLOW,
                VERMILLION.brighter(), Color.web("#222931"), YELLOW,
                new Color[] {SKY, ORANGE, GREEN.brighter(), PURPLE});
    }

    /** Colour of an owner group by its order of appearance. */
    public Color group(int i) {
        return groups[Math.floorMod(i, groups.length)];
    }

    /** Colour with transparency. */
    public static Color alpha(Color c, double a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
