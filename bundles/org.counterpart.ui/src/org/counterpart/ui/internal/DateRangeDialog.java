package org.counterpart.ui.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks for the date range the explorer shows: from the start of the first day to the end of the last (UTC, as the
 * workspace keeps its dates).
 */
public final class DateRangeDialog extends Dialog {

	private static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

	private Date from;
	private Date to;
	private DateTime fromField;
	private DateTime toField;

	public DateRangeDialog(Shell parent, Date from, Date to) {
		super(parent);
		this.from = from;
		this.to = to;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Explorer_dateRangeTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText(Messages.Explorer_dateFrom);
		fromField = new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		new Label(area, SWT.NONE).setText(Messages.Explorer_dateTo);
		toField = new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		show(fromField, from == null ? LocalDate.now(ZoneOffset.UTC).minusMonths(1) : day(from));
		show(toField, to == null ? LocalDate.now(ZoneOffset.UTC) : day(to));
		fromField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		toField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		Button ok = getButton(IDialogConstants.OK_ID);
		ok.setText(Messages.Explorer_dateApply);
	}

	@Override
	protected void okPressed() {
		LocalDate first = LocalDate.of(fromField.getYear(), fromField.getMonth() + 1, fromField.getDay());
		LocalDate last = LocalDate.of(toField.getYear(), toField.getMonth() + 1, toField.getDay());
		if (last.isBefore(first)) {
			LocalDate swap = first;
			first = last;
			last = swap;
		}
		from = new Date(first.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
		to = new Date(last.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() + DAY_MILLIS - 1);
		super.okPressed();
	}

	public Date getFrom() {
		return from;
	}

	public Date getTo() {
		return to;
	}

	private static LocalDate day(Date date) {
		return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
	}

	private static void show(DateTime field, LocalDate date) {
		field.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
	}
}
