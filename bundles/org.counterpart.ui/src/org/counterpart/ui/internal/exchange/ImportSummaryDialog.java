package org.counterpart.ui.internal.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.counterpart.model.Theater;
import org.counterpart.store.Conflict;
import org.counterpart.sync.ChangeSummary;
import org.counterpart.sync.ChangeSummary.Counts;
import org.counterpart.sync.ChangeSummary.ObjectChange;
import org.counterpart.sync.ImportResult;
import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * What an import changed, from its {@link ChangeSummary}: the totals, the counts by kind and by author, the objects
 * added, changed and deleted and the conflicts opened, each of which opens its object's form on double-click (or
 * with Open). The dialog does not block the workbench, so forms can be looked at beside it.
 */
public final class ImportSummaryDialog extends TitleAreaDialog {

	private final ImportPackageJob.Outcome outcome;
	private final WorkspaceEditingSession session;
	private final Map<String, EObject> objects = new HashMap<>();
	private Table objectTable;
	private Table conflictTable;
	private final List<String> objectIds = new ArrayList<>();
	private final List<String> conflictIds = new ArrayList<>();

	public ImportSummaryDialog(Shell parent, ImportPackageJob.Outcome outcome, WorkspaceEditingSession session) {
		super(parent);
		this.outcome = outcome;
		this.session = session;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
		setHelpAvailable(false);
		Theater theater = session.getTheater();
		if (theater != null) {
			theater.eResource().getAllContents().forEachRemaining(object -> {
				String id = EcoreUtil.getID(object);
				if (id != null) {
					objects.put(id, object);
				}
			});
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Summary_shellTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		ImportResult result = outcome.result();
		ChangeSummary changes = result.changes();
		setTitle(Messages.Summary_title);
		String file = outcome.file().getFileName().toString();
		setMessage(result.status() == ImportResult.Status.APPLIED
				? NLS.bind(Messages.Summary_applied, new Object[] { file, result.manifest().packageSequence(),
						result.manifest().deviceId(), result.signer(), result.appliedOperations(),
						result.manifest().operationCount() })
				: NLS.bind(Messages.Summary_replay, new Object[] { file, result.manifest().packageSequence(),
						result.manifest().deviceId() }));
		Composite content = new Composite(area, SWT.NONE);
		content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		content.setLayout(new GridLayout(2, true));

		Counts totals = changes.totals();
		Label totalsLabel = new Label(content, SWT.WRAP);
		totalsLabel.setText(NLS.bind(Messages.Summary_totals, new Object[] { totals.added(), totals.changed(),
				totals.deleted(), changes.conflictsOpened().size() }));
		totalsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		List<String> notes = new ArrayList<>();
		result.gaps().forEach(gap -> notes.add(NLS.bind(Messages.Summary_gap, gap)));
		result.warnings().forEach(warning -> notes.add(NLS.bind(Messages.Summary_warning, warning)));
		if (outcome.revocationListInstalled()) {
			notes.add(Messages.Summary_crlInstalled);
		}
		if (!outcome.certificatesLearned().isEmpty()) {
			notes.add(NLS.bind(Messages.Summary_certificatesLearned, String.join("; ", outcome.certificatesLearned()))); //$NON-NLS-1$
		}
		if (outcome.refusal() != null) {
			notes.add(NLS.bind(Messages.Summary_warning, outcome.refusal()));
		}
		if (!notes.isEmpty()) {
			Label notesLabel = new Label(content, SWT.WRAP);
			notesLabel.setText(String.join("\n", notes)); //$NON-NLS-1$
			notesLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		}

		countsTable(content, Messages.Summary_byKind, Messages.Summary_kind, changes.byKind(), null);
		countsTable(content, Messages.Summary_byAuthor, Messages.Summary_author, changes.byAuthor(), changes);

		Group objectGroup = group(content, Messages.Summary_objects, 2);
		objectTable = table(objectGroup, Messages.Summary_change, Messages.Summary_kind, Messages.Summary_object);
		for (ObjectChange change : changes.objects()) {
			EObject object = objects.get(change.objectId());
			String label = object != null ? label(object)
					: NLS.bind(Messages.Summary_gone, change.label() != null ? change.label() : change.objectId());
			new TableItem(objectTable, SWT.NONE).setText(new String[] { changeLabel(change.change()), change.kind(), label });
			objectIds.add(change.objectId());
		}
		pack(objectTable);
		objectTable.addListener(SWT.DefaultSelection, event -> openSelected(objectTable, objectIds));

		Group conflictGroup = group(content, Messages.Summary_conflicts, 2);
		conflictTable = table(conflictGroup, Messages.Summary_conflictKind, Messages.Summary_object, Messages.Summary_feature);
		for (Conflict conflict : changes.conflictsOpened()) {
			EObject object = objects.get(conflict.objectId());
			new TableItem(conflictTable, SWT.NONE).setText(new String[] { conflict.kind().name(),
					object != null ? label(object) : NLS.bind(Messages.Summary_gone, conflict.objectId()),
					conflict.feature() == null ? "" : conflict.feature() }); //$NON-NLS-1$
			conflictIds.add(conflict.objectId());
		}
		pack(conflictTable);
		conflictTable.addListener(SWT.DefaultSelection, event -> openSelected(conflictTable, conflictIds));
		return area;
	}

	private void countsTable(Composite parent, String title, String firstColumn, SortedMap<String, Counts> counts,
			ChangeSummary names) {
		Group group = group(parent, title, 1);
		Table table = table(group, firstColumn, Messages.Summary_added, Messages.Summary_changed, Messages.Summary_deleted);
		counts.forEach((key, count) -> new TableItem(table, SWT.NONE).setText(new String[] {
				names == null ? key : names.authorName(key), Integer.toString(count.added()),
				Integer.toString(count.changed()), Integer.toString(count.deleted()) }));
		pack(table);
	}

	private static Group group(Composite parent, String title, int span) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(1, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, span, 1));
		return group;
	}

	private static Table table(Composite parent, String... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 110;
		table.setLayoutData(data);
		for (String column : columns) {
			new TableColumn(table, SWT.LEFT).setText(column);
		}
		return table;
	}

	private static void pack(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	private String label(EObject object) {
		IItemLabelProvider labels = (IItemLabelProvider) session.getAdapterFactory().adapt(object, IItemLabelProvider.class);
		return labels != null ? labels.getText(object) : String.valueOf(object);
	}

	private static String changeLabel(ChangeSummary.Change change) {
		return switch (change) {
			case ADDED -> Messages.Summary_added;
			case CHANGED -> Messages.Summary_changed;
			case DELETED -> Messages.Summary_deleted;
		};
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button open = createButton(parent, IDialogConstants.OPEN_ID, Messages.Summary_open, false);
		open.addListener(SWT.Selection, event -> {
			if (conflictTable.isFocusControl()) {
				openSelected(conflictTable, conflictIds);
			} else {
				openSelected(objectTable, objectIds);
			}
		});
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else if (buttonId != IDialogConstants.OPEN_ID) {
			super.buttonPressed(buttonId);
		}
	}

	/** The table of objects added, changed and deleted. */
	public Table objectTable() {
		return objectTable;
	}

	/** The table of conflicts opened. */
	public Table conflictTable() {
		return conflictTable;
	}

	private void openSelected(Table table, List<String> ids) {
		int index = table.getSelectionIndex();
		if (index < 0) {
			return;
		}
		EObject object = objects.get(ids.get(index));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0]; // this dialog is the active shell
		}
		if (object == null || window == null) {
			return;
		}
		IWorkbenchPage page = window.getActivePage();
		try {
			ObjectEditors.open(page, object);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(new Status(IStatus.ERROR, "org.counterpart.ui", e.getMessage(), e), //$NON-NLS-1$
					StatusManager.SHOW | StatusManager.LOG);
		}
	}
}
