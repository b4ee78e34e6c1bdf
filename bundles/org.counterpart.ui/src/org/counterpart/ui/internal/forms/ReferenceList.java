package org.counterpart.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.counterpart.ui.internal.ItemImages;
import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * The objects a many-valued reference holds (an engagement's participants, what an observation is about), in a table
 * with Add… (a filtered list) and Remove; each change is one command. Double-click or Enter opens an object.
 * Without candidates the list only shows and opens (e.g. an objective's sub-objectives).
 */
final class ReferenceList {

	private final TableViewer viewer;

	ReferenceList(FormFields fields, Composite client, EObject owner, EReference feature,
			Supplier<List<? extends EObject>> candidates) {
		Composite area = fields.toolkit().createComposite(client);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		area.setLayout(layout);
		fields.toolkit().paintBordersFor(area);
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));

		viewer = new TableViewer(fields.toolkit().createTable(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL));
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 1, candidates == null ? 1 : 2);
		tableData.widthHint = FormFields.FIELD_WIDTH;
		tableData.heightHint = viewer.getTable().getItemHeight() * 4;
		viewer.getTable().setLayoutData(tableData);
		ObservableListContentProvider<Object> content = new ObservableListContentProvider<>();
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new ObjectLabelProvider(fields.adapterFactory(), new ItemImages(viewer.getControl())));
		IObservableList<Object> list = fields.observeList(owner, feature);
		viewer.setInput(list);
		viewer.addOpenListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof EObject object) {
				fields.opener().open(object);
			}
		});
		viewer.getTable().setToolTipText(NLS.bind(Messages.References_tip, fields.displayName(owner, feature)));
		if (candidates == null) {
			return;
		}
		Button add = fields.toolkit().createButton(area, Messages.References_add, SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button remove = fields.toolkit().createButton(area, Messages.References_remove, SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		remove.setEnabled(false);
		viewer.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
		add.addListener(SWT.Selection, event -> {
			List<EObject> choices = new ArrayList<>(candidates.get());
			choices.removeAll(list);
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(area.getShell(),
					new ObjectLabelProvider(fields.adapterFactory(), new ItemImages(area)));
			dialog.setTitle(NLS.bind(Messages.References_addTitle, fields.displayName(owner, feature)));
			dialog.setMessage(Messages.Reference_browseMessage);
			dialog.setMultipleSelection(true);
			dialog.setElements(choices.toArray());
			if (dialog.open() == Window.OK) {
				list.addAll(List.of(dialog.getResult()));
			}
		});
		remove.addListener(SWT.Selection, event -> list.removeAll(viewer.getStructuredSelection().toList()));
	}

	TableViewer getViewer() {
		return viewer;
	}
}
