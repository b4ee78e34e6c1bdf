package org.counterpart.diagram.tool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.AbortExecutionException;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;

/**
 * What one use of a spec tool does to the model, as one undoable command. Its model operations run when the command
 * executes, one EMF edit command at a time, so that each sees what the ones before it changed (an instance created,
 * then its features set); undo takes the recorded steps back in reverse order and redo replays them.
 * <p>
 * When an operation cannot run (an expression fails, a feature is missing, an input is refused), the steps already
 * taken are undone, the model is as before, {@link #failure()} says why and execution ends with an
 * {@link AbortExecutionException}, which a command stack takes as "nothing happened".
 */
public final class ToolCommand extends AbstractCommand {

	/** The operations of a tool, run on the given recorder. */
	@FunctionalInterface
	interface Body {
		void run(ToolCommand recorder);
	}

	private final Body body;
	private final List<Command> steps = new ArrayList<>();
	private final List<EObject> created = new ArrayList<>();
	private ToolException failure;

	ToolCommand(String label, Body body) {
		super(Objects.requireNonNull(label), label);
		this.body = body;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		steps.clear();
		created.clear();
		failure = null;
		try {
			body.run(this);
		} catch (ToolException e) {
			rollBack();
			failure = e;
			throw new AbortExecutionException(e.getMessage());
		} catch (RuntimeException e) {
			rollBack();
			failure = new ToolException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
			throw new AbortExecutionException(failure.getMessage());
		}
	}

	private void rollBack() {
		undo();
		steps.clear();
		created.clear();
	}

	/** Runs one edit command now and keeps it for undo and redo. */
	void step(Command command, String what) {
		if (command == null || !command.canExecute()) {
			if (command != null) {
				command.dispose();
			}
			throw new ToolException("Cannot " + what);
		}
		command.execute();
		steps.add(command);
	}

	void created(EObject object) {
		created.add(object);
	}

	@Override
	public void undo() {
		for (int i = steps.size() - 1; i >= 0; i--) {
			steps.get(i).undo();
		}
	}

	@Override
	public void redo() {
		steps.forEach(Command::redo);
	}

	/** The objects the tool created, in the order it created them (empty before execution). */
	public List<EObject> created() {
		return Collections.unmodifiableList(created);
	}

	/** Why the last execution changed nothing, or null if it ran. */
	public ToolException failure() {
		return failure;
	}

	/** Whether the last execution changed the model at all. */
	public boolean changedSomething() {
		return !steps.isEmpty();
	}

	@Override
	public java.util.Collection<?> getAffectedObjects() {
		return created.isEmpty() ? super.getAffectedObjects() : created;
	}

	@Override
	public void dispose() {
		steps.forEach(Command::dispose);
		steps.clear();
		super.dispose();
	}
}
