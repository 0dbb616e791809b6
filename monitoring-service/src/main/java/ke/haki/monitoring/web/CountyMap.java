package ke.haki.monitoring.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ke.haki.law.County;
import ke.haki.monitoring.api.AreaStatistics;

/**
 * A tile map of Kenya's 47 counties: one square per county ({@link County}, the one list of
 * counties), placed roughly where the county lies (column west → east, row north → south), each
 * coloured by one of the overview's figures. No public-domain county boundary set could be shipped
 * from a package (see docs/monitoring.md, "Map"), hence squares rather than shapes.
 * <p>
 * Long because {@link #cell} is the map's data: one line per county, in a switch without a
 * default so that a county added to {@link County} does not compile until it is placed.
 */
public final class CountyMap {

    /** Width and height of a square and the gap between squares, in SVG units. */
    static final int TILE_W = 100;
    static final int TILE_H = 64;
    static final int GAP = 4;
    static final int COLUMNS = 9;
    static final int ROWS = 9;
    /** Colour steps above "none": a value's step is its share of the largest, in quarters. */
    static final int STEPS = 4;

    /** The figure the map is coloured by, as the overview computes it. */
    public enum Figure {
        OPEN("open"),
        QUIET_PER_100("quiet"),
        CLOSED_WITHOUT_OUTCOME("closed"),
        PROHIBITED("prohibited");

        final String param;

        Figure(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        public static Optional<Figure> byParam(String value) {
            return Arrays.stream(values()).filter(f -> f.param.equals(value)).findFirst();
        }

        /** The county's figure; null where it is not defined (quiet per 100 without open cases). */
        Double value(AreaStatistics a) {
            return switch (this) {
                case OPEN -> (double) a.openCases();
                case QUIET_PER_100 -> a.openCases() == 0 ? null : 100.0 * a.quietCases() / a.openCases();
                case CLOSED_WITHOUT_OUTCOME -> (double) a.closedWithoutCourtOutcome();
                case PROHIBITED -> (double) a.prohibitedAttempts();
            };
        }

        /** This figure's name in the monitor's language. */
        String label(DashboardMessages msg) {
            return switch (this) {
                case OPEN -> msg.figureOpen();
                case QUIET_PER_100 -> msg.figureQuiet();
                case CLOSED_WITHOUT_OUTCOME -> msg.figureClosed();
                case PROHIBITED -> msg.figureProhibited();
            };
        }

        String format(Double v) {
            if (v == null) {
                return null;
            }
            return this == QUIET_PER_100 ? String.format(Locale.ROOT, "%.1f", v) : String.valueOf(Math.round(v));
        }
    }

    /** Where a county's square stands: column (west → east) and row (north → south). */
    record Cell(int column, int row) {}

    /**
     * One county's square, ready for the template: {@code value} is null where the figure is not
     * defined, {@code shown} is then the words for it.
     */
    public record Tile(String code, String name, int x, int y, int width, int height, String value, String shown,
            int step) {

        public String href() {
            return "/dashboard/alerts?county=" + code;
        }

        /** What the square itself shows: the value, or a dash where there is none. */
        public String visible() {
            return value == null ? "—" : value;
        }

        public int cx() {
            return x + width / 2;
        }

        public int codeY() {
            return y + 16;
        }

        public int nameY() {
            return y + 34;
        }

        public int valueY() {
            return y + 55;
        }
    }

    /** One step of the colour key: the lowest and highest value shown in it (formatted), null if none. */
    public record Step(int step, String from, String to) {}

    private CountyMap() {}

    static Cell cell(County county) {
        return switch (county) {
            case TURKANA -> new Cell(2, 0);
            case MARSABIT -> new Cell(5, 0);
            case MANDERA -> new Cell(8, 0);
            case WEST_POKOT -> new Cell(2, 1);
            case SAMBURU -> new Cell(4, 1);
            case WAJIR -> new Cell(7, 1);
            case BUNGOMA -> new Cell(0, 2);
            case TRANS_NZOIA -> new Cell(1, 2);
            case ELGEYO_MARAKWET -> new Cell(2, 2);
            case BARINGO -> new Cell(3, 2);
            case LAIKIPIA -> new Cell(4, 2);
            case ISIOLO -> new Cell(5, 2);
            case BUSIA -> new Cell(0, 3);
            case KAKAMEGA -> new Cell(1, 3);
            case UASIN_GISHU -> new Cell(2, 3);
            case NAKURU -> new Cell(3, 3);
            case NYANDARUA -> new Cell(4, 3);
            case NYERI -> new Cell(5, 3);
            case MERU -> new Cell(6, 3);
            case SIAYA -> new Cell(0, 4);
            case VIHIGA -> new Cell(1, 4);
            case NANDI -> new Cell(2, 4);
            case KERICHO -> new Cell(3, 4);
            case MURANGA -> new Cell(4, 4);
            case KIRINYAGA -> new Cell(5, 4);
            case THARAKA_NITHI -> new Cell(6, 4);
            case GARISSA -> new Cell(7, 4);
            case HOMA_BAY -> new Cell(0, 5);
            case KISUMU -> new Cell(1, 5);
            case NYAMIRA -> new Cell(2, 5);
            case BOMET -> new Cell(3, 5);
            case KIAMBU -> new Cell(4, 5);
            case EMBU -> new Cell(5, 5);
            case KITUI -> new Cell(6, 5);
            case TANA_RIVER -> new Cell(7, 5);
            case MIGORI -> new Cell(0, 6);
            case KISII -> new Cell(1, 6);
            case NAROK -> new Cell(2, 6);
            case NAIROBI -> new Cell(4, 6);
            case MACHAKOS -> new Cell(5, 6);
            case LAMU -> new Cell(8, 6);
            case KAJIADO -> new Cell(4, 7);
            case MAKUENI -> new Cell(5, 7);
            case TAITA_TAVETA -> new Cell(6, 7);
            case KILIFI -> new Cell(7, 7);
            case KWALE -> new Cell(6, 8);
            case MOMBASA -> new Cell(7, 8);
        };
    }

    public static int width() {
        return COLUMNS * (TILE_W + GAP);
    }

    public static int height() {
        return ROWS * (TILE_H + GAP);
    }

    /**
     * The squares of these counties (a monitor limited to one county sees one), coloured by the
     * figure; {@code undefined} is shown where the figure has no value.
     */
    static List<Tile> tiles(List<AreaStatistics> counties, Figure figure, String undefined) {
        double max = max(counties, figure);
        return counties.stream().map(a -> {
            Cell c = cell(County.byCode(a.code()).orElseThrow());
            Double v = figure.value(a);
            return new Tile(a.code(), a.name(), c.column() * (TILE_W + GAP), c.row() * (TILE_H + GAP), TILE_W, TILE_H,
                    figure.format(v), v == null ? undefined : figure.format(v), step(v, max));
        }).toList();
    }

    /**
     * The colour key: for each step (0 = none), the lowest and highest value of the counties shown
     * in it, or nulls where no county falls in that step.
     */
    static List<Step> steps(List<AreaStatistics> counties, Figure figure) {
        double max = max(counties, figure);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i <= STEPS; i++) {
            int step = i;
            List<Double> in = counties.stream().map(figure::value).filter(v -> v != null && step(v, max) == step)
                    .sorted().toList();
            steps.add(in.isEmpty() ? new Step(i, null, null)
                    : new Step(i, figure.format(in.get(0)), figure.format(in.get(in.size() - 1))));
        }
        return steps;
    }

    static int step(Double value, double max) {
        if (value == null || value <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(STEPS, Math.ceil(STEPS * value / max)));
    }

    private static double max(List<AreaStatistics> counties, Figure figure) {
        return counties.stream().map(figure::value).filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
