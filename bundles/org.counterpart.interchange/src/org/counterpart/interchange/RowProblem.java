package org.counterpart.interchange;

/**
 * A row (or card, or point) an import cannot take, and why.
 *
 * @param line    the line it starts on (1-based)
 * @param message what is wrong with it, for the person who chose the file
 */
public record RowProblem(int line, String message) {

	@Override
	public String toString() {
		return "line " + line + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
