package org.counterpart.exercise.internal;

/**
 * The after-action report's style sheet, inline in the file: screen and print, on A4 and Letter alike (the page
 * size is left to the printer; content keeps within the narrower of the two).
 */
public final class ReportStyle {

    public static final String CSS = """
            :root { --ink: #1d2733; --muted: #5b6775; --rule: #d5dbe1; --ok: #2e7d32; --miss: #b23b1e; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--ink); background: #ffffff;
                   font: 14px/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; }
            main { max-width: 960px; margin: 0 auto; padding: 8px 24px 24px; }
            .banner { background: #f2c200; color: #000; font-weight: bold; text-align: center; letter-spacing: .06em;
                      padding: 4px 8px; font-size: 12px; }
            header { border-bottom: 3px solid var(--ink); margin: 12px 0 18px; }
            .kicker { text-transform: uppercase; letter-spacing: .12em; color: var(--muted); margin: 0; font-size: 12px; }
            h1 { font-size: 28px; margin: 2px 0 4px; }
            .facts { color: var(--muted); margin: 0 0 10px; }
            h2 { font-size: 19px; border-bottom: 1px solid var(--rule); padding-bottom: 3px; margin: 26px 0 10px; }
            h3 { font-size: 15px; margin: 16px 0 6px; }
            h4 { font-size: 14px; margin: 10px 0 2px; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 13px; }
            th, td { border-bottom: 1px solid var(--rule); padding: 5px 7px; text-align: left; vertical-align: top; }
            thead th { background: #eef1f4; font-size: 12px; }
            thead th span { font-weight: normal; color: var(--muted); }
            .count { color: var(--muted); font-size: 11px; }
            .ratio { font-weight: bold; }
            td.met { color: var(--ok); font-weight: bold; }
            td.unmet { color: var(--miss); font-weight: bold; }
            li.ok::marker, tr.ok td:first-child { color: var(--ok); }
            li.miss, tr.miss td:first-child { color: var(--miss); }
            .evidence ul { margin: 2px 0 8px; padding-left: 20px; }
            .evidence p { margin: 4px 0 0; }
            .nowrap { white-space: nowrap; }
            figure { margin: 10px 0 14px; }
            figure svg { width: 100%; max-width: 100%; height: auto; display: block; }
            figure.diagram svg { width: auto; border: 1px solid var(--rule); max-height: 620px; margin: 0 auto; }
            figcaption { color: var(--muted); font-size: 12px; margin-top: 4px; }
            .method p { color: var(--muted); font-size: 12.5px; }
            .note { color: var(--miss); }
            @page { margin: 14mm 12mm; }
            @media print {
              body { font-size: 10.5pt; }
              main { max-width: none; padding: 0; }
              .banner { position: static; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              thead th, td.met, td.unmet { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              h2 { break-after: avoid; }
              figure, tr, .evidence { break-inside: avoid; }
              figure.diagram svg { max-height: 190mm; }
              section.network { break-before: page; }
            }
            """;

    private ReportStyle() {
    }
}
