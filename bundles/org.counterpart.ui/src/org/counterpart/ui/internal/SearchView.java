package org.counterpart.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.model.search.SearchHit;
import org.counterpart.model.search.SearchHit.MatchedText;
import org.counterpart.model.search.TextIndex;
import org.counterpart.model.search.Words;
import org.counterpart.model.search.Words.Span;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Full-text search over the workspace: results as you type (word prefixes match), best first, with the matched words
 * highlighted. Enter in the field goes to the first result; double-click or Enter on a result shows its object. The
 * results follow edits: a word typed a moment ago is found.
 */
public class SearchView extends ViewPart {

	public static final String ID = "org.counterpart.ui.views.search"; //$NON-NLS-1$

	/** Results shown at most; the summary tells how many matched in all. */
	static final int LIMIT = 200;

	/** Characters of a long text shown around its first match. */
	private static final int SNIPPET = 120;

	private WorkspaceEditingSession session;
	private WorkspaceSearch search;
	private Text field;
	private Label summary;
	private TableViewer viewer;
	private ItemImages images;
	private Color highlight;
	private List<String> words = List.of();
	private final Runnable indexListener = this::searchLater;
	private final CommandStackListener commandStackListener = event -> searchLater();

	@Override
	public void createPartControl(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout();
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		area.setLayout(layout);
		field = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		field.setMessage(Messages.Search_hint);
		field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary = new Label(area, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Composite tableArea = new Composite(area, SWT.NONE);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TableColumnLayout columns = new TableColumnLayout();
		tableArea.setLayout(columns);
		viewer = new TableViewer(tableArea, SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		images = new ItemImages(table);
		highlight = new Color(255, 226, 120);
		columns.setColumnData(column(Messages.Search_object, 0), new ColumnWeightData(42, 120));
		columns.setColumnData(column(Messages.Search_match, 1), new ColumnWeightData(43, 120));
		columns.setColumnData(column(Messages.Search_type, 2), new ColumnWeightData(15, 60));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addOpenListener(event -> open(selected()));
		getSite().setSelectionProvider(viewer);

		field.addListener(SWT.Modify, event -> search());
		field.addListener(SWT.DefaultSelection, event -> {
			if (table.getItemCount() > 0) {
				viewer.setSelection(new StructuredSelection(viewer.getElementAt(0)), true);
				table.setFocus();
				open(selected());
			}
		});
		field.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN && table.getItemCount() > 0) {
				viewer.setSelection(new StructuredSelection(viewer.getElementAt(0)), true);
				table.setFocus();
				event.doit = false;
			}
		});

		session = WorkspaceEditingSession.getDefault();
		search = WorkspaceSearch.of(session);
		search.addListener(indexListener);
		session.getEditingDomain().getCommandStack().addCommandStackListener(commandStackListener);
		if (!session.isLocked()) {
			session.load();
		}
		search();
	}

	private TableColumn column(String title, int kind) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new HighlightingLabels(kind));
		return column.getColumn();
	}

	/** Runs the query in the field against the index and shows the hits. */
	public void search() {
		TextIndex index = search.index();
		String query = field.getText();
		if (index == null) {
			viewer.setInput(List.of());
			summary.setText(session.isLocked() ? Messages.Search_locked : Messages.Search_indexing);
			return;
		}
		TextIndex.Results results = index.search(query, LIMIT);
		words = results.words();
		Object selected = selected() == null ? null : selected().object();
		viewer.setInput(results.hits());
		if (selected != null) {
			results.hits().stream().filter(hit -> hit.object() == selected).findFirst()
					.ifPresent(hit -> viewer.setSelection(new StructuredSelection(hit)));
		}
		summary.setText(words.isEmpty() ? NLS.bind(Messages.Search_ready, index.size())
				: results.total() > results.hits().size() ? NLS.bind(Messages.Search_someResults, results.hits().size(), results.total())
						: NLS.bind(Messages.Search_results, results.total()));
	}

	private void searchLater() {
		if (field.isDisposed()) {
			return;
		}
		field.getDisplay().asyncExec(() -> {
			if (!field.isDisposed()) {
				search();
			}
		});
	}

	private SearchHit selected() {
		return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof SearchHit hit ? hit : null;
	}

	private void open(SearchHit hit) {
		if (hit == null || hit.object().eResource() == null) {
			return;
		}
		try {
			ObjectEditors.open(getSite().getPage(), hit.object());
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	/** A text to show and the places to highlight in it. */
	public record Shown(String text, List<Span> spans) {
	}

	/** What column {@code kind} (0 object, 1 match, 2 type) shows of {@code hit}, with the spans to highlight. */
	public Shown shown(SearchHit hit, int kind) {
		switch (kind) {
		case 0 -> {
			IItemLabelProvider labels = (IItemLabelProvider) session.getAdapterFactory().adapt(hit.object(), IItemLabelProvider.class);
			String label = labels != null ? labels.getText(hit.object()) : ObjectLabels.labelOf(hit.object());
			return new Shown(label, Words.matches(label, words));
		}
		case 1 -> {
			MatchedText best = hit.best();
			if (best == null) {
				return new Shown("", List.of()); //$NON-NLS-1$
			}
			return snippet(best.text().text(), best.spans());
		}
		default -> {
			return new Shown(ProblemsView.typeName(hit.object()), List.of());
		}
		}
	}

	/** A long text cut to the stretch around its first match, on one line. */
	static Shown snippet(String text, List<Span> spans) {
		String line = text.replace('\n', ' ').replace('\r', ' ');
		if (line.length() <= SNIPPET || spans.isEmpty()) {
			return new Shown(line, spans);
		}
		int from = Math.max(0, spans.get(0).start() - SNIPPET / 4);
		int to = Math.min(line.length(), from + SNIPPET);
		String prefix = from > 0 ? "\u2026" : ""; //$NON-NLS-1$ //$NON-NLS-2$
		String suffix = to < line.length() ? "\u2026" : ""; //$NON-NLS-1$ //$NON-NLS-2$
		List<Span> moved = new ArrayList<>();
		for (Span span : spans) {
			if (span.start() >= from && span.end() <= to) {
				moved.add(new Span(span.start() - from + prefix.length(), span.end() - from + prefix.length()));
			}
		}
		return new Shown(prefix + line.substring(from, to) + suffix, moved);
	}

	private final class HighlightingLabels extends StyledCellLabelProvider {
		private final int kind;

		HighlightingLabels(int kind) {
			this.kind = kind;
		}

		@Override
		public void update(ViewerCell cell) {
			SearchHit hit = (SearchHit) cell.getElement();
			Shown shown = shown(hit, kind);
			cell.setText(shown.text());
			Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
			List<StyleRange> ranges = new ArrayList<>();
			for (Span span : shown.spans()) {
				StyleRange range = new StyleRange(span.start(), span.length(), null, highlight);
				range.font = bold;
				ranges.add(range);
			}
			cell.setStyleRanges(ranges.toArray(StyleRange[]::new));
			if (kind == 0) {
				IItemLabelProvider labels = (IItemLabelProvider) session.getAdapterFactory().adapt(hit.object(), IItemLabelProvider.class);
				cell.setImage(labels == null ? null : images.image(labels.getImage(hit.object())));
			}
			super.update(cell);
		}
	}

	/** The search field, for tests. */
	public Text getField() {
		return field;
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public String getSummary() {
		return summary.getText();
	}

	@Override
	public void setFocus() {
		field.setFocus();
	}

	@Override
	public void dispose() {
		if (search != null) {
			search.removeListener(indexListener);
		}
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(commandStackListener);
		}
		if (highlight != null) {
			highlight.dispose();
		}
		super.dispose();
	}
}
