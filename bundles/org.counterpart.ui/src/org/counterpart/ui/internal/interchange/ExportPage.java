package org.counterpart.ui.internal.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.counterpart.interchange.ExportFormat;
import org.counterpart.interchange.ExportReport;
import org.counterpart.interchange.InterchangeExport;
import org.counterpart.interchange.Refusal;
import org.counterpart.model.Identified;
import org.counterpart.model.Theater;
import org.counterpart.model.marking.Releasability;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;

/**
 * The export wizard's page: the format, the recipient country (the owner, the partner, or any country a marking in
 * the workspace releases to), the file, and a preview of what will be written and what will be left out.
 */
final class ExportPage extends WizardPage {

	private final Theater theater;
	private final boolean exercise;
	private ExportFormat format = ExportFormat.CSV;
	private Combo country;
	private FileField file;
	private Label preview;
	private List leftOut;
	private ExportReport report;

	/**
	 * @param theater  the open workspace, or null while none is open (the page then says so)
	 * @param exercise whether the workspace is exercise material, which the file's markings then say
	 */
	ExportPage(Theater theater, boolean exercise) {
		super("export"); //$NON-NLS-1$
		this.theater = theater;
		this.exercise = exercise;
		setTitle(Messages.Export_title);
		setMessage(Messages.Export_message);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		setControl(body);
		if (theater == null) {
			setErrorMessage(Messages.Export_noWorkspace);
			return;
		}
		Group formats = new Group(body, SWT.NONE);
		formats.setText(Messages.Export_formatGroup);
		formats.setLayout(new GridLayout(1, false));
		formats.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		radio(formats, ExportFormat.CSV, Messages.Export_csv);
		radio(formats, ExportFormat.GEOJSON, Messages.Export_geojson);
		radio(formats, ExportFormat.KML, Messages.Export_kml);
		radio(formats, ExportFormat.VCARD, Messages.Export_vcard);

		Composite fields = new Composite(body, SWT.NONE);
		fields.setLayout(FileField.threeColumns());
		fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(fields, SWT.NONE).setText(Messages.Export_country);
		country = new Combo(fields, SWT.DROP_DOWN | SWT.BORDER);
		for (String code : countries()) {
			country.add(code);
		}
		country.setText(Releasability.OWNER);
		country.setToolTipText(Messages.Export_countryHint);
		country.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		country.addModifyListener(event -> update());
		file = new FileField(fields, Messages.Export_file, Messages.Export_browse, true, this::update);
		file.setExtension(format.extension());

		preview = new Label(body, SWT.WRAP);
		GridData previewData = new GridData(SWT.FILL, SWT.TOP, true, false);
		previewData.widthHint = 640;
		preview.setLayoutData(previewData);
		new Label(body, SWT.NONE).setText(Messages.Export_leftOut);
		leftOut = new List(body, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
		listData.heightHint = 120;
		leftOut.setLayoutData(listData);
		update();
	}

	private void radio(Composite parent, ExportFormat value, String label) {
		Button radio = new Button(parent, SWT.RADIO);
		radio.setText(label);
		radio.setData(value);
		radio.setSelection(value == format);
		radio.addListener(SWT.Selection, event -> {
			if (radio.getSelection()) {
				format = value;
				file.setExtension(value.extension());
				update();
			}
		});
	}

	/** The owner, the partner, and every country a marking in the workspace releases to, sorted after the owner. */
	private Set<String> countries() {
		Set<String> codes = new TreeSet<>();
		if (theater.getPartnerCountryCode() != null) {
			codes.add(theater.getPartnerCountryCode());
		}
		theater.eAllContents().forEachRemaining(object -> {
			if (object instanceof Identified identified && identified.getMarking() != null) {
				codes.addAll(identified.getMarking().getRelTo());
			}
		});
		codes.remove(Releasability.OWNER);
		Set<String> ordered = new LinkedHashSet<>();
		ordered.add(Releasability.OWNER);
		ordered.addAll(codes);
		return ordered;
	}

	/** Checks the choices and previews the export: what it would write and leave out, without writing. */
	private void update() {
		report = null;
		leftOut.removeAll();
		String code = country.getText().trim();
		try {
			report = InterchangeExport.write(theater, format, code, exercise, OutputStream.nullOutputStream());
		} catch (IllegalArgumentException e) {
			preview.setText(""); //$NON-NLS-1$
			setErrorMessage(e.getMessage());
			setPageComplete(false);
			return;
		} catch (IOException e) {
			setErrorMessage(e.getMessage());
			setPageComplete(false);
			return;
		}
		preview.setText(NLS.bind(Messages.Export_preview, report.summary()));
		for (Refusal refusal : report.refused()) {
			leftOut.add(refusal.toString());
		}
		for (Refusal refusal : report.unlocated()) {
			leftOut.add(refusal.toString());
		}
		preview.getParent().layout(true);
		Path path = file.path();
		if (path == null) {
			setErrorMessage(null);
			setMessage(Messages.Export_noFile);
			setPageComplete(false);
			return;
		}
		Path folder = path.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			setErrorMessage(NLS.bind(Messages.Export_noFolder, folder));
			setPageComplete(false);
			return;
		}
		setErrorMessage(null);
		setMessage(Messages.Export_message);
		setPageComplete(true);
	}

	ExportFormat format() {
		return format;
	}

	String country() {
		return country.getText().trim();
	}

	Path file() {
		return file.path();
	}

	/** What the preview found, or null while the choices are not valid. */
	ExportReport previewReport() {
		return report;
	}

	List leftOutList() {
		return leftOut;
	}

	/** Whether the file is marked as exercise material. */
	boolean isExercise() {
		return exercise;
	}
}
