package org.counterpart.diagram;

/**
 * One problem of a spec file, found when it loads.
 *
 * @param file the file (its URI)
 * @param element the spec element, e.g. {@code NodeMapping 'contact'}, or empty for the file as a whole
 * @param fragment the element's URI fragment in the file, or empty
 * @param line the line of the file where the element's start tag ends (the line of its last attributes), or 0 when
 *        not known
 * @param message what is wrong, for the person who writes the spec (an expression's problem shows the expression
 *        with a caret under the offending place)
 */
public record SpecProblem(String file, String element, String fragment, int line, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(file);
		if (line > 0) {
			text.append(':').append(line);
		}
		if (!element.isEmpty()) {
			text.append(": ").append(element);
			if (!fragment.isEmpty()) {
				text.append(" (").append(fragment).append(')');
			}
		}
		return text.append(": ").append(message).toString();
	}
}
