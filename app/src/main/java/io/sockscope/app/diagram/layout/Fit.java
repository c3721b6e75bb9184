package io.sockscope.app.diagram.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fit to width: the zoom at which every column shows without sideways scrolling, and which
 * families of lifelines to collapse into lanes first so that this zoom stays readable. Families
 * are collapsed largest first, only as many as needed; families the user opened stay open.
 *
 * @param collapsed the families (see {@link Lanes#family}) drawn as one lane each
 * @param zoom      the zoom, at most 1, at least {@link #MIN_ZOOM}
 */
public record Fit(Set<String> collapsed, double zoom) {
    /** Below this zoom, text is too small to read on a projector: collapse lanes first. */
    public static final double READABLE = 0.7;
    /** The smallest zoom the view allows. */
    public static final double MIN_ZOOM = 0.25;

    public Fit {
        collapsed = Set.copyOf(collapsed);
    }

    /** The fit of {@code lifelines} into {@code viewWidth} pixels, keeping {@code opened} families open. */
    public static Fit of(List<Lifeline> lifelines, double viewWidth, Set<String> opened) {
        return of(lifelines, viewWidth, opened, READABLE);
    }

    /**
     * The fit of {@code lifelines} into {@code viewWidth} pixels, keeping {@code opened} families
     * open, collapsing families until the zoom is at least {@code readable} (or none are left).
     */
    public static Fit of(List<Lifeline> lifelines, double viewWidth, Set<String> opened, double readable) {
        Map<String, List<Lifeline>> families = Lanes.families(lifelines);
        List<String> bySize = order(new ArrayList<>(families.keySet()), opened, f -> families.get(f).size());
        Set<String> collapsed = new HashSet<>();
        double zoom = zoom(lifelines, collapsed, viewWidth);
        for (String family : bySize) {
            if (zoom >= readable) {
                break;
            }
            collapsed.add(family);
            zoom = zoom(lifelines, collapsed, viewWidth);
        }
        return new Fit(collapsed, zoom);
    }

    /**
     * The order families are collapsed in: largest first, in column order among equals;
     * {@code families} in column order, less those in {@code opened}.
     */
    static List<String> order(List<String> families, Set<String> opened, java.util.function.ToIntFunction<String> size) {
        List<String> bySize = new ArrayList<>(families);
        bySize.removeAll(opened);
        bySize.sort((a, b) -> Integer.compare(size.applyAsInt(b), size.applyAsInt(a)));
        return bySize;
    }

    private static double zoom(List<Lifeline> lifelines, Set<String> collapsed, double viewWidth) {
        return zoomFor(ColumnLayout.width(lifelines, collapsed), viewWidth);
    }

    /** The zoom at which a layout {@code width} pixels wide fits into {@code viewWidth}. */
    static double zoomFor(double width, double viewWidth) {
        // room on the right for the call captions written beside the last lifeline
        return Math.max(MIN_ZOOM, Math.min(1, viewWidth / (width + ColumnLayout.COLUMN / 2)));
    }
}
