package org.spoofguard.server.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bar charts as inline SVG, drawn on the server (no script, nothing loaded): per day, two bars side by side,
 * each a stack of coloured series. Labels are escaped like every other text.
 */
public final class Charts {
    /** One day's two bars: series name to value, for the left and the right bar. */
    public record Day(LocalDate date, Map<String, Long> left, Map<String, Long> right) {
    }

    static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
        "#7f7f7f", "#bcbd22", "#17becf"};

    private Charts() {
    }

    /**
     * @param series every series name in legend order (colours follow this order)
     * @param leftLabel what the left bar of each day is (e.g. "sent"), rightLabel the right one
     */
    public static String bars(String title, List<Day> days, List<String> series, String leftLabel, String rightLabel) {
        int width = 60 + days.size() * 44 + 20;
        int height = 220;
        int plotTop = 20;
        int plotBottom = 170;
        long max = 1;
        for (Day d : days) {
            max = Math.max(max, Math.max(sum(d.left()), sum(d.right())));
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
            .append("\" height=\"").append(height + 20 * ((series.size() + 3) / 4)).append("\" aria-label=\"")
            .append(Text.esc(title)).append("\">");
        svg.append("<title>").append(Text.esc(title)).append("</title>");
        svg.append("<line x1=\"50\" y1=\"").append(plotBottom).append("\" x2=\"").append(width - 10).append("\" y2=\"")
            .append(plotBottom).append("\" stroke=\"#444\"/>");
        svg.append("<text x=\"45\" y=\"").append(plotTop + 4).append("\" font-size=\"10\" text-anchor=\"end\">")
            .append(max).append("</text>");
        svg.append("<text x=\"45\" y=\"").append(plotBottom).append("\" font-size=\"10\" text-anchor=\"end\">0</text>");
        int x = 60;
        double scale = (plotBottom - plotTop) / (double) max;
        for (Day d : days) {
            bar(svg, x, plotBottom, scale, d.left(), series, leftLabel + " " + d.date());
            bar(svg, x + 18, plotBottom, scale, d.right(), series, rightLabel + " " + d.date());
            svg.append("<text x=\"").append(x + 17).append("\" y=\"").append(plotBottom + 12)
                .append("\" font-size=\"9\" text-anchor=\"middle\">").append(d.date().toString().substring(5)).append("</text>");
            x += 44;
        }
        int ly = height - 10;
        for (int i = 0; i < series.size(); i++) {
            int lx = 50 + (i % 4) * 150;
            int row = ly + (i / 4) * 18;
            svg.append("<rect x=\"").append(lx).append("\" y=\"").append(row - 9).append("\" width=\"10\" height=\"10\" fill=\"")
                .append(PALETTE[i % PALETTE.length]).append("\"/>");
            svg.append("<text x=\"").append(lx + 14).append("\" y=\"").append(row).append("\" font-size=\"11\">")
                .append(Text.show(series.get(i), 40)).append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static void bar(StringBuilder svg, int x, int bottom, double scale, Map<String, Long> values, List<String> series,
                            String label) {
        double y = bottom;
        for (int i = 0; i < series.size(); i++) {
            long v = values.getOrDefault(series.get(i), 0L);
            if (v <= 0) {
                continue;
            }
            double h = Math.max(1, v * scale);
            y -= h;
            svg.append(String.format(java.util.Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"16\" height=\"%.1f\" fill=\"%s\">",
                x, y, h, PALETTE[i % PALETTE.length]));
            svg.append("<title>").append(Text.esc(label + " " + series.get(i) + ": " + v)).append("</title></rect>");
        }
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One horizontal bar per value (e.g. counters), labelled with its name and number. */
    public static String hbars(String title, List<Map.Entry<String, Long>> values) {
        long max = Math.max(1, values.stream().mapToLong(Map.Entry::getValue).max().orElse(1));
        int row = 18;
        int height = Math.max(row, values.size() * row) + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"760\" height=\"").append(height)
            .append("\" aria-label=\"").append(Text.esc(title)).append("\"><title>").append(Text.esc(title)).append("</title>");
        int y = 5;
        for (Map.Entry<String, Long> e : values) {
            double w = Math.max(e.getValue() > 0 ? 1 : 0, 300.0 * e.getValue() / max);
            svg.append("<text x=\"370\" y=\"").append(y + 12).append("\" font-size=\"11\" text-anchor=\"end\">")
                .append(Text.show(e.getKey(), 60)).append("</text>");
            svg.append(String.format(java.util.Locale.ROOT, "<rect x=\"375\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"%s\"/>",
                y + 2, w, PALETTE[0]));
            svg.append(String.format(java.util.Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%d</text>",
                380 + w, y + 12, e.getValue()));
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    /** The last {@code n} days up to {@code today}, oldest first, each with empty maps to fill. */
    public static List<Day> lastDays(LocalDate today, int n) {
        List<Day> out = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            out.add(new Day(today.minusDays(i), new LinkedHashMap<>(), new LinkedHashMap<>()));
        }
        return out;
    }
}
