package org.counterpart.interchange;

/**
 * A row (or card, or point) an import leaves out because the workspace, or an earlier row of the same file, has it
 * already.
 *
 * @param line        the line it starts on (1-based)
 * @param description what it describes, e.g. the contact's name
 * @param reason      what made it a duplicate, e.g. {@code same vCard UID as Maj. Ivo Tanev}
 */
public record Duplicate(int line, String description, String reason) {

	@Override
	public String toString() {
		return "line " + line + ": " + description + " (" + reason + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
