package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Contact;
import org.counterpart.model.Objective;
import org.counterpart.model.PartnerInstitution;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.EditablePropertySourceProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The explorer in the Field perspective: categories with counts, labels and icons from the item providers, nesting,
 * keyboard use, and the Properties view following its selection.
 */
public class ExplorerViewTest {

	private Display display;
	private IWorkbenchPage page;
	private ExplorerView explorer;
	private Theater theater;

	@BeforeEach
	public void openExplorer() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
		if (explorer.getSession() != WorkspaceEditingSession.getDefault()) {
			explorer.show(WorkspaceEditingSession.getDefault());
		}
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null,
				"the explorer shows the workspace; it says: " + explorer.getMessage());
		theater = explorer.getSession().getTheater();
	}

	@Test
	public void theFieldPerspectiveStacksTheExplorerOverTheStartViewWithPropertiesBelow() {
		assertTrue(page.isPartVisible(explorer), "the explorer is in front");
		IViewPart start = page.findView(CounterpartPerspectives.START_VIEW);
		assertNotNull(start, "the start view is still there");
		assertTrue(Arrays.asList(page.getViewStack(explorer)).contains(start), "stacked with the start view");
		List<IViewReference> sheets = Arrays.stream(page.getViewReferences())
				.filter(reference -> reference.getId().equals(IPageLayout.ID_PROP_SHEET)).toList();
		assertEquals(1, sheets.size(), "one Properties view");
		assertTrue(page.isPartVisible(sheets.get(0).getPart(true)), "the Properties view shows");
		assertSame(explorer.getViewer(), explorer.getSite().getSelectionProvider());
	}

	@Test
	public void categoriesShowTheirCountsFromTheWorkspace() {
		int objectives = 0;
		for (var contents = theater.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Objective) {
				objectives++;
			}
		}
		List<String> expected = List.of("Institutions (" + theater.getInstitutions().size() + ")",
				"Contacts (" + theater.getContacts().size() + ")", "Relationships (" + theater.getRelationships().size() + ")",
				"Engagements (" + theater.getEngagements().size() + ")", "Observations (" + theater.getObservations().size() + ")",
				"Objectives (" + objectives + ")");
		assertEquals(expected, texts(tree().getItems()));
		assertEquals("Contacts (" + DemoCountryGenerator.CONTACTS + ")", tree().getItem(1).getText());
		for (TreeItem category : tree().getItems()) {
			assertNotNull(category.getImage(), category.getText());
		}
	}

	@Test
	public void aContactReadsAsItsItemProviderSaysAndHasAnIcon() {
		Contact contact = theater.getContacts().get(0);
		TreeItem item = reveal(contact);
		IItemLabelProvider labels = (IItemLabelProvider) explorer.getSession().getAdapterFactory().adapt(contact,
				IItemLabelProvider.class);
		assertEquals(labels.getText(contact), item.getText());
		assertTrue(item.getText().startsWith(ObjectLabels.personName(contact) + " \u2014 "), item.getText());
		assertNotNull(item.getImage(), "contacts have an icon");
		assertEquals("Contacts (" + theater.getContacts().size() + ")", item.getParentItem().getText());
	}

	@Test
	public void institutionsAreNestedByTheirParent() {
		PartnerInstitution child = theater.getInstitutions().stream().filter(i -> i.getParent() != null).findFirst()
				.orElseThrow();
		TreeItem item = reveal(child);
		assertSame(child.getParent(), item.getParentItem().getData());

		TreeItem institutions = tree().getItem(0);
		explorer.getViewer().setExpandedState(institutions.getData(), true);
		long roots = theater.getInstitutions().stream().filter(i -> i.getParent() == null).count();
		assertEquals(roots, institutions.getItemCount());
		assertTrue(roots < theater.getInstitutions().size());
	}

	@Test
	public void objectivesAreNestedBySubObjectives() {
		Objective endState = theater.getObjectives().get(0);
		Objective sub = endState.getSubObjectives().get(0).getSubObjectives().get(0);
		TreeItem item = reveal(sub);
		assertSame(endState.getSubObjectives().get(0), item.getParentItem().getData());
		assertSame(endState, item.getParentItem().getParentItem().getData());
		assertEquals(theater.getObjectives().size(), item.getParentItem().getParentItem().getParentItem().getItemCount());
	}

	@Test
	public void theKeyboardMovesThroughTheTreeAndTheSelectionFollows() {
		explorer.getViewer().collapseAll();
		page.activate(explorer);
		Tree tree = tree();
		tree.getShell().forceActive();
		tree.setFocus();
		explorer.getViewer().setSelection(new StructuredSelection(tree.getItem(0).getData()));
		Workbench.flush(display);

		press(SWT.ARROW_DOWN);
		Workbench.spinUntil(display, () -> tree.getSelection().length == 1 && tree.getSelection()[0] == tree.getItem(1),
				"the down arrow selects the next category");
		press(SWT.ARROW_DOWN);
		Workbench.spinUntil(display, () -> tree.getSelection()[0] == tree.getItem(2), "the down arrow again");
		Object selected = ((IStructuredSelection) page.getSelection()).getFirstElement();
		assertSame(tree.getItem(2).getData(), selected, "the page's selection is the explorer's");
	}

	@Test
	public void selectingAContactFillsThePropertiesView() throws Exception {
		PropertySheet sheet = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(explorer);
		Contact contact = theater.getContacts().stream().filter(c -> c.getAffiliation() != null && !c.getLanguages().isEmpty())
				.findFirst().orElseThrow();
		explorer.getViewer().collapseAll();
		explorer.getViewer().expandToLevel(tree().getItem(0).getData(), 1);
		reveal(contact);

		Workbench.spinUntil(display, () -> properties(sheet).containsKey("Given Name"),
				"the Properties view shows the contact");
		Map<String, String> properties = properties(sheet);
		assertEquals(contact.getGivenName(), properties.get("Given Name"));
		assertEquals(contact.getFamilyName(), properties.get("Family Name"));
		assertEquals(contact.getRank(), properties.get("Rank"));
		assertEquals(contact.getId(), properties.get("Id"));
		assertEquals(ObjectLabels.labelOf(contact.getAffiliation()), properties.get("Affiliation"));
		assertEquals(String.join(", ", contact.getLanguages()), properties.get("Languages"));
		String disposition = properties.get("Disposition");
		assertTrue(disposition.equalsIgnoreCase(contact.getDisposition().getLiteral())
				&& Character.isUpperCase(disposition.charAt(0)), "a readable label, not the literal: " + disposition);
		assertTrue(properties.get("Created At").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"), properties.get("Created At"));
		assertTrue(explorer.getSession().getEditingDomain().getCommandStack().getUndoCommand() == null,
				"showing properties changes nothing");

		assertTrue(sheet.getCurrentPage() instanceof TabbedPropertySheetPage, "the Properties view is tabbed");
		Tree rows = propertyRows(sheet);
		for (TreeItem row : rows.getItems()) {
			assertEquals(0, row.getItemCount(), row.getText(0) + " is one line, not expanded in place");
		}
		IPropertySource source = new EditablePropertySourceProvider(explorer.getSession(), null).getPropertySource(contact);
		for (IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
			boolean record = List.of("Id", "Created At", "Created By", "Marking").contains(descriptor.getDisplayName());
			var editor = descriptor.createPropertyEditor(rows);
			assertEquals(!record, editor != null, descriptor.getDisplayName() + (record ? " is not edited here" : " is edited here"));
			if (editor != null) {
				editor.dispose();
			}
		}
		rows.setTopItem(rows.getItem(0));
		assertNoNameCut(rows);
		// the sheet split again, narrow, as it does when the view is first sized: a resize widens the names again
		rows.getColumn(0).setWidth(40);
		rows.notifyListeners(SWT.Resize, new Event());
		Workbench.flush(display);
		assertNoNameCut(rows);
		Screenshots.save(page.getWorkbenchWindow().getShell(), "field-explorer-contact-properties");
		Screenshots.save(tree(), "explorer-contacts");
		Screenshots.save(sheet.getCurrentPage().getControl(), "properties-contact");
	}

	private Tree tree() {
		return explorer.getViewer().getTree();
	}

	/** Selects and shows {@code element} in the explorer and returns its tree item. */
	private TreeItem reveal(Object element) {
		explorer.getViewer().setSelection(new StructuredSelection(element), true);
		Workbench.flush(display);
		TreeItem[] selection = tree().getSelection();
		assertEquals(1, selection.length, "revealed " + element);
		assertSame(element, selection[0].getData());
		return selection[0];
	}

	private void press(int keyCode) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.type = type;
			event.keyCode = keyCode;
			assertTrue(display.post(event), "the display accepts key events");
		}
	}

	private static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}

	/** Name to value of every row of the Properties view. */
	static Map<String, String> properties(PropertySheet sheet) {
		Map<String, String> properties = new LinkedHashMap<>();
		Tree rows = propertyRows(sheet);
		if (rows != null) {
			collect(rows.getItems(), properties);
		}
		return properties;
	}

	/** The rows of the tab the tabbed Properties view shows, or null while it shows none. */
	static Tree propertyRows(PropertySheet sheet) {
		if (sheet.getCurrentPage() instanceof TabbedPropertySheetPage current && current.getControl() != null
				&& !current.getControl().isDisposed()) {
			return Workbench.find(current.getControl(), Tree.class).stream().filter(Tree::isVisible).findFirst().orElse(null);
		}
		return null;
	}

	/** Every name in the sheet's rows fits its column: none is cut short. */
	static void assertNoNameCut(Tree rows) {
		int column = rows.getColumn(0).getWidth();
		GC gc = new GC(rows);
		try {
			for (TreeItem item : rows.getItems()) {
				int right = item.getTextBounds(0).x + gc.textExtent(item.getText(0)).x;
				assertTrue(right <= column, "\"" + item.getText(0) + "\" ends at " + right + " in a column " + column
						+ " wide");
			}
		} finally {
			gc.dispose();
		}
		assertTrue(rows.getColumn(1).getWidth() > column / 2, "the values keep room");
	}

	private static void collect(TreeItem[] items, Map<String, String> properties) {
		for (TreeItem item : items) {
			properties.put(item.getText(0), item.getText(1));
			collect(item.getItems(), properties);
		}
	}
}
