package org.counterpart.store.internal;

import java.text.MessageFormat;

/** User-visible messages of the store, in one place for review and translation. */
public final class Messages {

	public static final String WRONG_PASSPHRASE = "The passphrase is not correct for this workspace store. Nothing was changed; enter the passphrase again.";
	public static final String NOT_A_STORE = "{0} is not a Counterpart workspace store (the store header is missing). Choose the folder that holds the store, or create a new one.";
	public static final String ALREADY_EXISTS = "{0} already holds a Counterpart workspace store. Open it, or choose an empty folder.";
	public static final String HEADER_CORRUPT = "The store header in {0} is damaged or incomplete. Restore the folder from a backup.";
	public static final String KDF_REFUSED = "The store header in {0} asks for key-derivation settings that Counterpart does not accept ({1}; at most {2} MiB of memory and p={3}). The header was altered or damaged: restore the folder from a backup. Nothing was opened.";
	public static final String CLOCK_AHEAD = "This computer''s clock reads {0}, {1} ahead of the newest clock received from another device (device {2}, {3}). If no package has arrived for that long, all is well; otherwise set this computer''s date and time right before exporting: receivers refuse packages whose clock runs more than a day ahead of theirs.";
	public static final String CLOCK_BEHIND = "This computer''s clock reads {0}, {1} behind the clock of device {2} in a package received earlier ({3}). Check this computer''s date and time: one of the two clocks is wrong.";
	public static final String NEWER_FORMAT = "This workspace store was written by a newer version of Counterpart (format {0}). Update Counterpart to open it.";
	public static final String IN_USE = "The workspace store is in use by another Counterpart window or process. Close it there first.";
	public static final String DATABASE_FAILED = "The workspace store could not be read or written ({0}). Your last saved work is unchanged; try again, and if it persists restore from a backup.";
	public static final String SERVER_FAILED = "The Counterpart server database could not be reached or used ({0}). Check the connection settings.";
	public static final String UNKNOWN_CLASS = "The store holds objects of {0}, which this version of Counterpart does not know. Update Counterpart.";
	public static final String CORRUPT_STATE = "The stored state of object {0} is damaged. Restore the store from a backup.";
	public static final String NOT_LOADED = "The workspace has not been loaded yet.";
	public static final String OPERATION_REFUSED = "An incoming change could not be applied ({0}). Nothing was changed.";
	public static final String OPERATION_TAMPERED = "Operation #{1} of device {0} differs from the operation #{1} of that device the store already holds: the incoming operations were tampered with and were refused. Nothing was changed.";
	public static final String EMPTY_PASSPHRASE = "The passphrase must not be empty.";
	public static final String CLOSED = "The workspace store is closed.";
	public static final String NOT_LOCAL = "Only a local workspace store has a passphrase; a server database uses its own credentials.";
	public static final String IO_FAILED = "The file {0} could not be read or written: {1}";
	public static final String NO_SUCH_CONFLICT = "There is no open conflict {0}: it may have been resolved already.";
	public static final String CANNOT_RESTORE = "The other side of this conflict cannot be applied: {0} no longer exists, or the move would put an object inside itself. Resolve it by keeping what was merged.";
	public static final String NO_VALUE_TO_ENTER = "Conflict {0} is not about a single value of an attribute, so no value can be entered for it. Keep what was merged or take the other side.";
	public static final String VALUE_NOT_OF_TYPE = "\"{0}\" is not a value for {1}: enter {2}. Nothing was changed.";
	public static final String TYPE_NUMBER = "a number, such as 12.5";
	public static final String TYPE_WHOLE_NUMBER = "a whole number";
	public static final String TYPE_DATE = "a date and time such as 2026-03-01T14:30:00.000+0000";
	public static final String TYPE_BOOLEAN = "true or false";
	public static final String TYPE_ONE_OF = "one of {0}";
	public static final String TYPE_OTHER = "a value of type {0}";
	public static final String VALUE_REQUIRED = "{0} needs a value. Nothing was changed; enter one.";
	public static final String EMPTY_MODEL = "There is nothing to import: the model is empty.";
	public static final String NOT_A_HASH = "An attachment is named by the SHA-256 of its content, 64 lower-case hexadecimal digits; {0} is not one. Nothing was stored.";
	public static final String ATTACHMENT_MISMATCH = "The attachment''s content does not have the SHA-256 {0} it was given under. Nothing was stored.";
	public static final String RECOVERY_DAMAGED = "The copy of unsaved changes kept in the store cannot be read ({0}). The saved workspace is not affected.";
	public static final String ATTACHMENT_DAMAGED = "The stored content of attachment {0} is damaged. Restore the store from a backup, or import the attachment again.";

	public static final String SHARED_OVERLAP = "Another workstation changed {0} of the objects you changed since you opened the shared store. Your changes were not saved, so that neither side is overwritten: keep a note of them, discard them (File > Revert) to take in the other changes, and make them again.";
	public static final String SHARED_UNSAVED = "The shared store was changed by another workstation. Save or discard your unsaved changes first; then the other changes are taken in.";

	public static final String RECORD_REFUSED = "Records of kind {0} were not kept: a kind has 1 to 64 characters and a key 1 to 512. Nothing was changed.";

	private Messages() {
	}

	public static String format(String pattern, Object... args) {
		return MessageFormat.format(pattern, args);
	}
}
