package org.counterpart.interchange;

import java.util.List;

import org.counterpart.model.Identified;
import org.counterpart.model.Theater;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

/**
 * What reading a file would add to a workspace, before anything is added: the new objects, the rows it cannot take
 * and the rows that duplicate what the workspace has. A dry run shows the plan; an import executes
 * {@link #toCommand(EditingDomain)}, one command that adds every new object and that one undo takes back.
 */
public final class ImportPlan {

	private final Theater theater;
	private final EReference list;
	private final String kind;
	private final String source;
	private final List<? extends Identified> objects;
	private final List<RowProblem> problems;
	private final List<Duplicate> duplicates;

	/**
	 * @param theater    the workspace the objects go into
	 * @param list       the theater's list that holds them
	 * @param kind       what the objects are, in the plural (e.g. {@code contacts})
	 * @param source     the file's name, for the command's label
	 * @param objects    the new objects, not yet in any workspace
	 * @param problems   rows that cannot be taken
	 * @param duplicates rows left out as duplicates
	 */
	public ImportPlan(Theater theater, EReference list, String kind, String source, List<? extends Identified> objects,
			List<RowProblem> problems, List<Duplicate> duplicates) {
		this.theater = theater;
		this.list = list;
		this.kind = kind;
		this.source = source;
		this.objects = List.copyOf(objects);
		this.problems = List.copyOf(problems);
		this.duplicates = List.copyOf(duplicates);
	}

	/** The new objects the import adds, in file order. */
	public List<? extends Identified> objects() {
		return objects;
	}

	/** The rows the import cannot take; while there are any, it adds nothing. */
	public List<RowProblem> problems() {
		return problems;
	}

	/** The rows left out because the workspace or an earlier row has them already. */
	public List<Duplicate> duplicates() {
		return duplicates;
	}

	/** What the objects are, in the plural. */
	public String kind() {
		return kind;
	}

	/** Whether the file can be imported: every row could be taken (duplicates are left out, not problems). */
	public boolean canImport() {
		return problems.isEmpty();
	}

	/** One line for the user, e.g. {@code 12 contacts to add, 2 duplicates left out, 1 row cannot be taken}. */
	public String summary() {
		return objects.size() + " " + kind + " to add from " + source + ", " + duplicates.size() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ (duplicates.size() == 1 ? " duplicate" : " duplicates") + " left out, " + problems.size() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (problems.size() == 1 ? " row" : " rows") + " cannot be taken"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * The one command that adds every new object to the workspace, labelled with what it imports, so that the
	 * import is undone, journalled and synced as one edit. Build it once, and execute it on the workspace's
	 * command stack.
	 *
	 * @param domain the workspace's editing domain; null where there is none (the command line, tests)
	 * @throws IllegalStateException if some rows cannot be taken ({@link #canImport()} is false) or there is
	 *                               nothing to add
	 */
	public Command toCommand(EditingDomain domain) {
		if (!canImport()) {
			throw new IllegalStateException("The file has rows that cannot be taken: " + problems.get(0)); //$NON-NLS-1$
		}
		if (objects.isEmpty()) {
			throw new IllegalStateException("There is nothing to import."); //$NON-NLS-1$
		}
		// AddCommand asks its domain whether the workspace is read-only; without a workbench, a domain of its own says no
		EditingDomain owner = domain != null ? domain
				: new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
		AddCommand add = new AddCommand(owner, theater, list, objects);
		add.setLabel("Import " + objects.size() + " " + kind + " from " + source); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add.setDescription(summary());
		return add;
	}
}
