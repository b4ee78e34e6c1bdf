package org.counterpart.hq.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TableColumn;

/** Adds columns of text to the headquarters views' tables: a heading, a width, and the text of each row's element. */
final class TextColumns {

	private TextColumns() {
	}

	/**
	 * Adds a column to {@code viewer}.
	 *
	 * @param numeric whether the column holds numbers, which are aligned right
	 * @param text    the column's text for an element of type {@code T}
	 * @return the table's column, for sorting on its heading
	 */
	static <T> TableColumn add(TableViewer viewer, String heading, int width, boolean numeric, Class<T> type, Function<T, String> text) {
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.NONE);
		TableColumn column = viewerColumn.getColumn();
		column.setText(heading);
		column.setWidth(width);
		if (numeric) {
			column.setAlignment(SWT.RIGHT);
		}
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}
		});
		return column;
	}
}
