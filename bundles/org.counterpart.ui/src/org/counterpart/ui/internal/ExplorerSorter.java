package org.counterpart.ui.internal;

import java.util.Date;

import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Sorts the explorer's objects by name (their label) or by date, newest first; the categories keep their order.
 */
public final class ExplorerSorter extends ViewerComparator {

	/** The orders the view menu offers. */
	public enum Order {
		NAME, DATE
	}

	private final Order order;

	public ExplorerSorter(Order order) {
		this.order = order;
	}

	public Order order() {
		return order;
	}

	@Override
	public int category(Object element) {
		return element instanceof ExplorerCategory category ? category.kind().ordinal() : ExplorerCategory.Kind.values().length;
	}

	@Override
	public int compare(Viewer viewer, Object a, Object b) {
		int byCategory = Integer.compare(category(a), category(b));
		if (byCategory != 0 || a instanceof ExplorerCategory) {
			return byCategory;
		}
		if (order == Order.DATE) {
			Date first = ExplorerFilter.date(a);
			Date second = ExplorerFilter.date(b);
			if (first != null && second != null && !first.equals(second)) {
				return second.compareTo(first);
			}
			if (first == null != (second == null)) {
				return first == null ? 1 : -1;
			}
		}
		ILabelProvider labels = (ILabelProvider) ((StructuredViewer) viewer).getLabelProvider();
		return String.CASE_INSENSITIVE_ORDER.compare(labels.getText(a), labels.getText(b));
	}
}
