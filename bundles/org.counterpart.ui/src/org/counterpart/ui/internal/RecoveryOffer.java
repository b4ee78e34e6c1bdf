package org.counterpart.ui.internal;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;

import org.counterpart.store.RecoveredEdits;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Offers back the unsaved edits an earlier session left in the store's recovery area (it ended without saving: a
 * crash, a kill, a power cut): "Restore" makes them again as one command, which the officer can then save or undo
 * like any other; "Discard" empties the recovery area. Closing the question without an answer restores: nothing is
 * thrown away unless the officer says so.
 */
public final class RecoveryOffer {

	private static final String BUNDLE = "org.counterpart.ui"; //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withZone(ZoneId.systemDefault());

	/** What the officer chose. */
	public enum Outcome {
		NOTHING_RECOVERED, RESTORED, DISCARDED, FAILED
	}

	private RecoveryOffer() {
	}

	/**
	 * Asks about the edits kept in the recovery area of the session's store, if there are any, and does what the
	 * officer chooses. Call on the user interface thread, once the workspace is loaded and before edits are kept again.
	 */
	public static Outcome offer(Shell parent, WorkspaceEditingSession session) {
		if (!(session.getStorage() instanceof StoreWorkspaceStorage storage) || session.getTheater() == null) {
			return Outcome.NOTHING_RECOVERED;
		}
		Optional<RecoveredEdits> kept;
		try {
			kept = storage.recoveredEdits();
		} catch (IOException e) {
			report(NLS.bind(Messages.Recovery_readFailed, e.getMessage()), e);
			return Outcome.FAILED;
		}
		if (kept.isEmpty() || kept.get().operations().isEmpty()) {
			return Outcome.NOTHING_RECOVERED;
		}
		RecoveredEdits edits = kept.get();
		MessageDialog question = new MessageDialog(parent, Messages.Recovery_title, null,
				MessageFormat.format(Messages.Recovery_message, TIME.format(edits.keptAt()), edits.operations().size()),
				MessageDialog.QUESTION, 0, Messages.Recovery_restore, Messages.Recovery_discard);
		if (question.open() == 1) {
			try {
				storage.discardRecoveredEdits();
				return Outcome.DISCARDED;
			} catch (IOException e) {
				report(NLS.bind(Messages.Recovery_readFailed, e.getMessage()), e);
				return Outcome.FAILED;
			}
		}
		return restore(session, edits);
	}

	/** Makes the recovered edits again as one undoable command; if one no longer fits, undoes the others. */
	static Outcome restore(WorkspaceEditingSession session, RecoveredEdits edits) {
		RestoreCommand command = new RestoreCommand(session, edits);
		BasicCommandStack stack = (BasicCommandStack) session.getEditingDomain().getCommandStack();
		stack.execute(command);
		if (command.failure != null) {
			if (stack.getUndoCommand() == command) {
				stack.undo();
			}
			report(NLS.bind(Messages.Recovery_failed, command.failure.getMessage()), command.failure);
			return Outcome.FAILED;
		}
		return Outcome.RESTORED;
	}

	private static void report(String message, Throwable cause) {
		Platform.getLog(RecoveryOffer.class).error(message, cause);
		StatusManager.getManager().handle(new Status(IStatus.ERROR, BUNDLE, message, cause), StatusManager.SHOW);
	}

	/** The recovered edits made again on the workspace, undone as a whole. */
	private static final class RestoreCommand extends ChangeCommand {
		private final WorkspaceEditingSession session;
		private final RecoveredEdits edits;
		private IllegalArgumentException failure;

		RestoreCommand(WorkspaceEditingSession session, RecoveredEdits edits) {
			super(session.getTheater().eResource());
			this.session = session;
			this.edits = edits;
			setLabel(Messages.Recovery_command);
		}

		@Override
		protected void doExecute() {
			try {
				edits.applyTo(session.getTheater().eResource());
			} catch (IllegalArgumentException e) {
				failure = e;
			}
		}
	}
}
