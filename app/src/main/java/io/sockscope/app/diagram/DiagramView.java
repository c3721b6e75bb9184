package io.sockscope.app.diagram;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Fit;
import io.sockscope.app.diagram.layout.FoldView;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.text.TextMeasure;
import io.sockscope.app.diagram.layout.text.TextPlan;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.paint.DiagramPainter;
import io.sockscope.app.diagram.paint.Highlight;
import io.sockscope.app.diagram.paint.Palette;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.app.diagram.paint.fx.CanvasSurface;
import io.sockscope.app.diagram.paint.fx.Legend;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.model.event.Event;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;

/**
 * The sequence diagram of a session: a viewport-sized canvas drawn virtually (only visible rows
 * and columns), redrawn at most once per pulse when something changed, with its own scroll bars.
 * Feed it a whole session ({@link #setEvents}) or live batches ({@link #append}).
 */
public final class DiagramView extends Region {
    private static final double BAR = 14;

    private final Canvas canvas = new Canvas();
    private final Canvas heads = new Canvas();
    private final CanvasSurface canvasSurface = new CanvasSurface(canvas.getGraphicsContext2D());
    private final CanvasSurface headSurface = new CanvasSurface(heads.getGraphicsContext2D());
    private final Scroller scroll = new Scroller(this::markDirty);
    private final javafx.beans.property.ReadOnlyBooleanWrapper following =
            new javafx.beans.property.ReadOnlyBooleanWrapper(this, "following", true);
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection");
    private final ObjectProperty<LayoutMode> layoutMode = new SimpleObjectProperty<>(this, "layoutMode", LayoutMode.STEPS);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final DiagramPainter painter = new DiagramPainter();
    private final AnimationTimer pulse;
    private SessionFold fold = new SessionFold();
    private RowAxis axis = new RowAxis(LayoutMode.STEPS);
    /** A live session's older rows, folded again when the view is scrolled there. */
    private final LiveRegion regions = new LiveRegion(this::markDirty);
    /** The events the fold was made from, and the same in a list safe to read off the FX thread. */
    private List<Event> source = List.of();
    private List<? extends Event> store = List.of();
    /** Events folded so far (the region reader reads it). */
    private volatile int folded;
    /** True for a live session's bounded fold. */
    private boolean live;
    /** The event the view is cut after (later events not drawn), or -1 for the whole fold. */
    private long cutAfter = -1;
    /** What is drawn: the fold, or the fold cut after {@link #cutAfter}, and its row axis. */
    private FoldView shown = fold;
    private RowAxis shownAxis = axis;
    private double axisRoom = -1;
    private ColumnLayout cols = new ColumnLayout(List.of());
    /** Lays the columns out, growing the last layout when a live batch's sockets only join its lanes. */
    private io.sockscope.app.diagram.layout.GrowingColumns columns = new io.sockscope.app.diagram.layout.GrowingColumns();
    /** The zoom a fit to width keeps while collapsing families ({@link #fitAt}); 0: the window's fit. */
    private double fitZoom;
    private Palette palette = Palette.light();
    private Viewport.Fonts fonts;
    private boolean dirty = true;
    private String fontFamily = Font.getDefault().getFamily();
    private double fontSize = 14;
    private Function<String, String> texts = k -> null;
    private final javafx.beans.property.BooleanProperty fitWidth =
            new javafx.beans.property.SimpleBooleanProperty(this, "fitWidth", true);
    /** Families of lifelines drawn as one lane each; families the user opened by a click. */
    private java.util.Set<String> collapsed = java.util.Set.of();
    private final java.util.Set<String> opened = new java.util.HashSet<>();
    private final OpenedBursts bursts = new OpenedBursts();
    private boolean fitting;
    private double fittedWidth;
    /** Legends handed out, redrawn when the colours change. */
    private final java.util.Map<javafx.scene.layout.FlowPane, Function<String, String>> legends = new java.util.WeakHashMap<>();

    public DiagramView() {
        getStyleClass().add("diagram-view");
        heads.setMouseTransparent(true); // clicks on a head reach the body canvas's hit test
        getChildren().addAll(canvas, heads, scroll.vbar, scroll.hbar);
        scroll.vbar.valueProperty().addListener((o, a, b) -> following.set(scroll.following()));
        setFocusTraversable(true);
        setMinSize(200, 150);
        setFontSize(14);
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty) {
                    redrawNow();
                }
            }
        };
        sceneProperty().addListener((o, was, is) -> {
            if (is != null) {
                pulse.start();
            } else {
                pulse.stop();
            }
        });
        selection.addListener((o, a, b) -> {
            String family = b == null ? null : cols.laneFamily(b.socket());
            if (family != null) { // a click on a lane opens it into its lifelines
                opened.add(family);
                relayoutColumns();
                selection.set(null);
            }
            markDirty();
        });
        fitWidth.addListener((o, a, b) -> relayoutColumns());
        zoom.addListener((o, a, b) -> {
            if (b.doubleValue() < 0.25 || b.doubleValue() > 4) {
                zoom.set(Math.max(0.25, Math.min(4, b.doubleValue())));
                return;
            }
            if (!fitting) {
                fitWidth.set(false); // the user zoomed: the zoom is theirs now
            }
            rewrapCaptions();
            updateBars();
            requestLayout(); // the head canvas follows the zoom
            markDirty();
        });
        layoutMode.addListener((o, a, b) -> relayoutRows());
        DiagramInput.install(this, canvas);
    }

    /** Replaces the content with a complete session (replay). */
    public void setEvents(List<Event> events) {
        Objects.requireNonNull(events, "events");
        setFold(SessionFold.of(events), events);
    }

    /**
     * Replaces the content with a complete session folded elsewhere (off the FX thread when it
     * is big) from {@code events}, which it reads its events back from.
     */
    public void setFold(SessionFold folded, List<Event> events) {
        live = false;
        show(Objects.requireNonNull(folded, "folded"), Objects.requireNonNull(events, "events"), events);
    }

    /**
     * Replaces the content with a live session that grows by {@link #append}: the fold keeps
     * the drawing of its newest rows only ({@link LiveRegion}); older rows are read back from
     * {@code store}, the same events in a list that can be read off the FX thread.
     */
    public void setLiveEvents(List<Event> events, List<? extends Event> store) {
        Objects.requireNonNull(events, "events");
        SessionFold f = SessionFold.bounded(events, LiveRegion.HORIZON);
        f.end(); // as a replayed session's fold: unread datagrams so far count as lost
        live = true;
        show(f, events, Objects.requireNonNull(store, "store"));
    }

    private void show(SessionFold f, List<Event> events, List<? extends Event> readable) {
        fold = f;
        source = events;
        store = readable;
        folded = events.size();
        regions.clear();
        axis = newAxisFor(fold);
        cutAfter = -1;
        reshow();
        opened.clear();
        bursts.clear();
        fitWidth.set(true); // a session opens fitted to the width
        relayoutColumns();
        scroll.home();
        selection.set(null);
        updateBars();
        markDirty();
    }

    /**
     * Draws the session as it was right after event {@code seq}: rows, lifelines, arrows and
     * heads of later events are not drawn, and the scroll extent ends at its row ({@code seq}
     * &lt; 0: the whole session). Nothing is folded again, so any position costs the same; the
     * selection and the scroll position stay.
     */
    public void showUpTo(long seq) {
        long next = seq < 0 ? -1 : seq;
        if (live && next >= 0 && fold.rowOfSeq(next) < fold.firstHeld() + 2) {
            next = -1; // a live fold no longer holds the rows before that moment: shown whole
        }
        if (next == cutAfter) {
            return;
        }
        int lines = shown.lifelines().size();
        cutAfter = next;
        reshow();
        if (shown.lifelines().size() != lines) {
            relayoutColumns(); // sockets born or not yet: fit the width again
        } else { // the same sockets (they are born in row order), some closed or not yet
            cols = columns.layout(shown, -1, opened, collapsed).cols();
            updateBars();
            markDirty();
        }
    }

    /** The event the view is cut after, or -1 while it shows the whole session. */
    public long shownUpTo() {
        return cutAfter;
    }

    /** What is drawn after the fold or its axis changed: the whole, or the fold cut where the view is. */
    private void reshow() {
        if (cutAfter < 0) {
            shown = fold;
            shownAxis = axis;
        } else {
            io.sockscope.app.diagram.layout.FoldCut cut = fold.cutAfter(cutAfter);
            shown = cut;
            shownAxis = axis.cut(cut);
        }
    }

    /**
     * Replaces the content with the same session told differently (its captions in another
     * language): the scroll position and the selection stay.
     */
    public void replaceEvents(List<Event> events) {
        Objects.requireNonNull(events, "events");
        if (live) { // the store list gives captions in the reader's language as it is now
            fold = SessionFold.bounded(events, LiveRegion.HORIZON);
            fold.end();
        } else {
            if (!fold.readFrom(events)) { // the same events, their notes in another language: nothing folded again
                fold = SessionFold.of(events);
            }
            store = events;
        }
        source = events;
        folded = events.size();
        regions.clear();
        axis = newAxisFor(fold);
        reshow();
        relayoutColumns();
        updateBars();
        markDirty();
    }

    /** Adds a live batch of events; keeps the newest row in view while the user is at the bottom. */
    public void append(List<Event> events) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty()) {
            return;
        }
        int lines = shown.lifelines().size();
        fold.append(events);
        folded += events.size();
        if (scroll.following() && !selectedBeforeHeld()) {
            // back at the newest rows with nothing older selected: a region kept would fold
            // every batch and keep every later socket; a scroll back reads it again
            regions.clear();
        }
        regions.append(events);
        axis.update(fold);
        axis.dropBefore(fold.firstHeld());
        reshow();
        if (shown.lifelines().size() != lines || cutAfter >= 0) {
            relayoutColumns();
        }
        boolean follow = scroll.following();
        updateBars();
        if (follow) {
            scroll.bottom();
        }
        markDirty();
    }

    /** True when the selected event lies before the rows the live fold holds (the inspector reads it from the region). */
    private boolean selectedBeforeHeld() {
        Selection sel = selection.get();
        if (sel == null) {
            return false;
        }
        int row = fold.rowOfSeq(sel.seq());
        return row >= 0 && !fold.holdsRow(row);
    }

    /** The whole session's fold (read it, do not append to it), also while the view is cut at an earlier event. */
    public SessionFold fold() {
        return fold;
    }

    /**
     * The fold that holds the row of event {@code seq}: the whole fold, or for an older event
     * of a live session the region read again around it when there is one (its socket
     * snapshots need no long fold again); else the whole fold.
     */
    public SessionFold foldHolding(long seq) {
        int row = fold.rowOfSeq(seq);
        SessionFold r = live && row >= 0 && !fold.holdsRow(row) ? regions.covering(row, row) : null;
        return r != null ? r : fold;
    }

    /** What is drawn: the whole fold, or the fold cut after {@link #shownUpTo()}. */
    public FoldView shown() {
        return shown;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public ObjectProperty<LayoutMode> layoutModeProperty() {
        return layoutMode;
    }

    /** Zoom factor, 0.25 to 4; text and shapes scale with it (bigger for a projector). */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Switches between light and dark colours. */
    public void setDark(boolean dark) {
        palette = dark ? Palette.dark() : Palette.light();
        legends.forEach((pane, text) -> Legend.fill(pane, palette, text));
        painter.invalidateHeads();
        markDirty();
    }

    /** Sets the base font size (at zoom 1). */
    public void setFontSize(double size) {
        fontSize = size;
        String family = fontFamily;
        fonts = new Viewport.Fonts(new FontSpec(family, size, false), new FontSpec(family, size - 1.5, false),
                new FontSpec(family, size - 0.5, true));
        axisRoom = -1;
        rewrapCaptions();
        painter.invalidateHeads();
        markDirty();
    }

    /** Sets the font family the canvas writes with (e.g. a CJK family for Chinese captions). */
    public void setFontFamily(String family) {
        fontFamily = Objects.requireNonNull(family, "family");
        setFontSize(fontSize);
    }

    /**
     * Sets translations for the words the diagram writes itself (keys {@code state.*},
     * {@code head.notYet}); a null answer keeps the English word.
     */
    public void setTexts(Function<String, String> texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        painter.invalidateHeads();
        markDirty();
    }

    /** A key to the diagram's marks, with English texts. */
    public Node createLegend() {
        return createLegend(Legend::english);
    }

    /** A key to the diagram's marks, with texts looked up by key (see {@link Legend#english}). */
    public Node createLegend(Function<String, String> text) {
        Objects.requireNonNull(text, "text");
        javafx.scene.layout.FlowPane pane = Legend.create(palette, text);
        legends.put(pane, text);
        return pane;
    }

    /**
     * True (the default when a session opens) while the zoom follows the view's width so that
     * every column shows; lifelines of one family collapse into a lane where that zoom would be
     * too small to read. Zooming by hand turns it off.
     */
    public javafx.beans.property.BooleanProperty fitWidthProperty() {
        return fitWidth;
    }

    /**
     * Fits the width at {@code zoom} (a presentation's projector size): families collapse into
     * lanes until every column shows at that zoom; only when every family is a lane and the
     * columns are still too wide does the zoom shrink, to {@link Fit#READABLE} of it at least,
     * and the view scrolls sideways past that.
     */
    public void fitAt(double zoom) {
        if (zoom == fitZoom && fitWidth.get()) {
            return;
        }
        fitZoom = zoom;
        columns = new io.sockscope.app.diagram.layout.GrowingColumns(1);
        if (fitWidth.get()) {
            relayoutColumns();
        } else {
            fitWidth.set(true);
        }
    }

    /** The families drawn as one lane each now. */
    public java.util.Set<String> collapsedFamilies() {
        return collapsed;
    }

    /**
     * Lays the columns out again: fitted (collapsing families as needed) while fitting the width,
     * else with the families collapsed so far, minus those the user opened.
     */
    private void relayoutColumns() {
        double w = canvas.getWidth();
        if (fitWidth.get() && w > 1) {
            double scale = fitZoom > 0 ? fitZoom : 1; // fitted at that zoom: as into a view that much narrower
            io.sockscope.app.diagram.layout.GrowingColumns.Layout fit = columns.layout(shown, w / scale, opened, collapsed);
            collapsed = fit.collapsed();
            cols = fit.cols();
            fitting = true;
            try {
                zoom.set(fitZoom > 0 ? Math.max(Fit.READABLE, fit.zoom()) * scale : fit.zoom());
            } finally {
                fitting = false;
            }
        } else {
            java.util.Set<String> still = new java.util.HashSet<>(collapsed);
            still.removeAll(opened);
            collapsed = java.util.Set.copyOf(still);
            cols = columns.layout(shown, -1, opened, collapsed).cols();
        }
        rewrapCaptions();
        updateBars();
        requestLayout();
        markDirty();
    }

    /**
     * A row axis for the view's width now: a step caption wrapped to several lines makes its
     * row that much taller, so the next row's texts start below it.
     */
    private RowAxis newAxis() {
        double room = captionRoom();
        if (fonts == null) {
            axisRoom = -1; // wrapped again once the fonts are known
            return new RowAxis(layoutMode.get());
        }
        axisRoom = room;
        TextMeasure m = TextMeasure.of(canvasSurface::measure, fonts.normal(), fonts.small(), fonts.bold());
        return TextPlan.axis(layoutMode.get(), room, m, bursts::extra);
    }

    /**
     * A new axis over {@code f}'s rows. A live fold that let its older rows go starts the axis
     * at its first held row, placing the rows before at the step pitch (a layout switch or a
     * rewrap late in a long live session cannot place them as they were).
     */
    private RowAxis newAxisFor(SessionFold f) {
        RowAxis a = newAxis();
        if (f.firstHeld() > 0 && f.firstHeld() < f.rowCount()) {
            a.skipTo(f.rows().get(f.firstHeld()));
        }
        return a.update(f);
    }

    /** The width captions wrap to, in content pixels. */
    private double captionRoom() {
        return canvas.getWidth() > 1 ? canvas.getWidth() / zoom.get() : 1280;
    }

    /** A new axis when the captions' room changed (a resize, a zoom, other fonts). */
    private void rewrapCaptions() {
        if (Math.abs(captionRoom() - axisRoom) > 0.5) {
            axis = newAxisFor(fold);
            regions.clear();
            reshow();
            updateBars();
            markDirty();
        }
    }

    /** True while the view keeps the newest row in sight; false once the user scrolls away (live hook). */
    public javafx.beans.property.ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    /** Scrolls to the newest row and follows live batches again. */
    public void followHead() {
        scroll.bottom();
        following.set(scroll.following());
        markDirty();
    }

    /** Scrolls so that the row of event {@code seq} is visible. */
    public void reveal(long seq) {
        int row = shown.rowOfSeq(seq);
        if (row < 0) {
            return;
        }
        Selection sel = selection.get();
        // the selected lifeline when it is selected at that row, else the event's own socket
        String socket = sel != null && sel.seq() == seq && sel.socket() != null ? sel.socket()
                : shown.holdsRow(row) ? shown.rows().get(row).event().socket() : fold.event(seq).socket();
        scroll.revealRow(barAxis().y(row), RowAxis.STEP * 4, bodyHeight()); // a few rows of what comes next stay in sight
        scroll.revealColumn(cols, cols.indexOf(socket), ColumnLayout.GUTTER, canvas.getWidth() / zoom.get());
        markDirty();
    }

    /** Paints now (the pulse timer otherwise does so once per frame when needed). */
    public void redrawNow() {
        dirty = false;
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        if (!pickShown()) {
            ReadingNotice.draw(canvas, heads, palette, fonts, texts);
            return;
        }
        painter.paint(canvasSurface, headSurface, viewport());
    }

    /** What the canvas shows right now. */
    /**
     * Opens the group label ("4 sends · 45 B") under view point (x, y): its rows grow taller so
     * each call's own label finds room. False when no group label is there.
     */
    public boolean openGroupAt(double x, double y) {
        if (fonts == null || !bursts.openAt(viewport(), canvasSurface, x, y)) {
            return false;
        }
        relayoutRows();
        return true;
    }

    public Viewport viewport() {
        return new Viewport(shown, shownAxis, cols, palette, canvas.getWidth(), canvas.getHeight(), zoom.get(),
                scroll.x(), scroll.y(), highlight(selection.get()), fonts).texts(texts);
    }

    /** The selection as the painters emphasise it. */
    static Highlight highlight(Selection s) {
        return s == null ? null : new Highlight(s.socket(), s.seq(), s.onEvent());
    }

    /** The selection a click at a point of this view would make. */
    public Selection pick(double x, double y) {
        return HitTest.pick(viewport(), x, y);
    }

    void markDirty() {
        dirty = true;
    }

    private void relayoutRows() {
        Selection sel = selection.get();
        axis = newAxisFor(fold);
        regions.clear();
        reshow();
        updateBars();
        if (sel != null) {
            reveal(sel.seq());
        }
        markDirty();
    }

    /**
     * For a live fold scrolled above the rows it holds: the region read again there, or false
     * while it is being read (the request is made here, once per region).
     */
    private boolean pickShown() {
        if (!live || cutAfter >= 0 || fold.firstHeld() == 0) {
            return true;
        }
        double top = scroll.y();
        int first = Math.max(0, axis.firstRowFrom(top - RowAxis.STEP) - 2);
        int last = axis.firstRowFrom(top + bodyHeight() + RowAxis.STEP) + 2;
        if (first >= fold.firstHeld() + 2) {
            shown = fold;
            shownAxis = axis;
            return true;
        }
        SessionFold r = regions.covering(first, last);
        if (r != null) {
            shown = r;
            shownAxis = regions.axis();
            return true;
        }
        shown = fold;
        shownAxis = axis;
        regions.request(store, source, () -> folded, first, last, fold.ended(), axis);
        return false;
    }

    /** The axis the scroll bars span: the whole session's, also while an older region is drawn. */
    private RowAxis barAxis() {
        return live ? axis : shownAxis;
    }

    private double bodyHeight() {
        return canvas.getHeight() / zoom.get() - Viewport.HEAD;
    }

    private void updateBars() {
        double visibleW = canvas.getWidth() / zoom.get();
        scroll.resize(scrollWidth(visibleW), barAxis().height() + RowAxis.STEP * 2, visibleW, bodyHeight());
    }

    /**
     * The width to scroll over: the columns, widened when needed so that scrolled fully right the
     * view still starts at a column's left edge (no half column at the left).
     */
    private double scrollWidth(double visibleW) {
        double max = cols.width() - visibleW;
        if (max <= 0) {
            return cols.width();
        }
        for (int i = 0; i < cols.columns().size(); i++) {
            double start = cols.left(i) - ColumnLayout.GUTTER;
            if (start >= max - 0.5) {
                return start + visibleW;
            }
        }
        return cols.width();
    }

    Scroller scroller() {
        return scroll;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(Math.max(1, w - BAR));
        canvas.setHeight(Math.max(1, h - BAR));
        if (fitWidth.get() && Math.abs(canvas.getWidth() - fittedWidth) > 0.5) {
            fittedWidth = canvas.getWidth();
            relayoutColumns();
        }
        rewrapCaptions(); // a wider or narrower view wraps captions to other line counts
        heads.setWidth(canvas.getWidth());
        heads.setHeight(Math.min(canvas.getHeight(), Viewport.HEAD * zoom.get() + 1));
        painter.invalidateHeads();
        scroll.vbar.resizeRelocate(w - BAR, 0, BAR, h - BAR);
        scroll.hbar.resizeRelocate(0, h - BAR, w - BAR, BAR);
        updateBars();
        redrawNow();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 1000;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 700;
    }
}
