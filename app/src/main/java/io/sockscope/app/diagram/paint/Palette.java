package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.surface.Rgba;

/**
 * Diagram colours, light and dark, from the Okabe–Ito colour-blind-safe set. Every mark
 * also differs by shape, so nothing depends on telling two hues apart. Colours are the surface's
 * own {@link Rgba}, so painting needs no toolkit.
 */
public record Palette(Rgba background, Rgba stripe, Rgba fg, Rgba muted, Rgba grid,
                      Rgba stream, Rgba datagram, Rgba lost, Rgba creation, Rgba blocked,
                      Rgba select, Rgba sendQ, Rgba recvQ, Rgba acceptQ, Rgba warn,
                      Rgba error, Rgba headFill, Rgba selection, Rgba[] groups) {

    private static final Rgba ORANGE = Rgba.web("#E69F00");
    private static final Rgba SKY = Rgba.web("#56B4E9");
    private static final Rgba GREEN = Rgba.web("#009E73");
    private static final Rgba YELLOW = Rgba.web("#F0E442");
    private static final Rgba BLUE = Rgba.web("#0072B2");
    private static final Rgba VERMILLION = Rgba.web("#D55E00");
    private static final Rgba PURPLE = Rgba.web("#CC79A7");

    public static Palette light() {
        return new Palette(Rgba.web("#FFFFFF"), Rgba.web("#F5F7FA"), Rgba.web("#1B1F24"),
                Rgba.web("#46505A"), Rgba.web("#D5DAE0"),
                BLUE, GREEN, VERMILLION, PURPLE.darker(), ORANGE,
                PURPLE, ORANGE, SKY, PURPLE, ORANGE.darker(),
                VERMILLION, Rgba.web("#EEF2F6"), Rgba.web("#0072B2"),
                new Rgba[] {BLUE, ORANGE.darker(), GREEN, PURPLE.darker()});
    }

    public static Palette dark() {
        return new Palette(Rgba.web("#15191E"), Rgba.web("#1B2026"), Rgba.web("#E8ECF0"),
                Rgba.web("#AEB8C3"), Rgba.web("#39424C"),
                SKY, GREEN.brighter(), VERMILLION.brighter(), PURPLE, ORANGE,
                PURPLE, ORANGE, SKY, PURPLE, YELLOW,
                VERMILLION.brighter(), Rgba.web("#222931"), YELLOW,
                new Rgba[] {SKY, ORANGE, GREEN.brighter(), PURPLE});
    }

    /** Colour of an owner group by its order of appearance. */
    public Rgba group(int i) {
        return groups[Math.floorMod(i, groups.length)];
    }

}
