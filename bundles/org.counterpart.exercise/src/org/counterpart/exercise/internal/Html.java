package org.counterpart.exercise.internal;

/** Escaping for text and attribute values in the report's HTML and SVG. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> {
                // control characters have no place in a report; keep line breaks and tabs
                if (c >= 0x20 || c == '\n' || c == '\t') {
                    out.append(c);
                }
            }
            }
        }
        return out.toString();
    }
}
