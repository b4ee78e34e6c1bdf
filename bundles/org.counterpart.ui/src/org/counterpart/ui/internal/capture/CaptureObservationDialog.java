package org.counterpart.ui.internal.capture;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.InformationCredibility;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.SourceReliability;
import org.counterpart.model.Theater;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.ui.HelpContexts;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.capture.GradeList.Grade;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Fast capture of a field observation, from anywhere in the workbench: what was seen or heard, when, from whom, its
 * STANAG 2511 grade, what it is about, where, its marking and attached files. Every field is reached with Tab or
 * its mnemonic. Filing adds the observation to the Theater through one undoable command on the workspace's command
 * stack; it does not save the workspace. Filing as final is refused while the model's validator finds an error, and
 * the reason is shown in the dialog.
 */
public class CaptureObservationDialog extends TitleAreaDialog {

	public static final int SAVE_DRAFT_ID = IDialogConstants.CLIENT_ID + 1;
	public static final int SAVE_FINAL_ID = IDialogConstants.CLIENT_ID + 2;

	private static final String AUTHOR = System.getProperty("user.name", ""); //$NON-NLS-1$ //$NON-NLS-2$

	private final WorkspaceEditingSession session;
	private final Theater theater;
	private final List<EObject> about = new ArrayList<>();
	private final List<PendingAttachment> attachments = new ArrayList<>();
	private Function<Shell, List<Path>> fileChooser = CaptureObservationDialog::chooseFiles;

	private DateTime observedDate;
	private DateTime observedTime;
	private Text text;
	private TypeAheadField sourceField;
	private EObject source;
	private GradeList<SourceReliability> reliability;
	private GradeList<InformationCredibility> credibility;
	private TypeAheadField aboutField;
	private org.eclipse.swt.widgets.List aboutList;
	private Text topicsField;
	private Text latitudeField;
	private Text longitudeField;
	private Text placeField;
	private Text markingField;
	private org.eclipse.swt.widgets.List attachmentList;
	private String problem;
	private FieldObservation filed;

	public CaptureObservationDialog(Shell parentShell, WorkspaceEditingSession session) {
		super(parentShell);
		this.session = session;
		this.theater = session.getTheater();
		if (theater == null) {
			throw new IllegalStateException(Messages.Capture_noWorkspace);
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Capture_shellTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	public void create() {
		super.create();
		setTitle(Messages.Capture_title);
		setMessage(Messages.Capture_message);
		text.setFocus();
	}

	/**
	 * Opens the dialog; if it was {@link #create() built} in advance, its time is set to now and the text field takes
	 * the focus once it shows (a hidden window cannot take it).
	 */
	@Override
	public int open() {
		Shell shell = getShell();
		if (shell != null && !shell.isDisposed()) {
			observedNow();
			shell.getDisplay().asyncExec(() -> {
				if (!text.isDisposed()) {
					text.setFocus();
				}
			});
		}
		return super.open();
	}

	/** Whether this dialog, built in advance, still fits: same window, same workspace, not shown yet. */
	boolean isPreparedFor(Shell parent, Theater current) {
		Shell shell = getShell();
		return shell != null && !shell.isDisposed() && !shell.isVisible() && shell.getParent() == parent
				&& theater == current;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		HelpContexts.set(parent, HelpContexts.CAPTURE);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(4).margins(10, 10).applyTo(form);

		label(form, Messages.Capture_observedAt);
		Composite when = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(when);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(when);
		observedDate = new DateTime(when, SWT.DATE | SWT.MEDIUM | SWT.DROP_DOWN | SWT.BORDER);
		observedTime = new DateTime(when, SWT.TIME | SWT.SHORT | SWT.BORDER);
		observedNow();

		label(form, Messages.Capture_text).setLayoutData(GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).create());
		text = new Text(form, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(convertWidthInCharsToPixels(70),
				convertHeightInCharsToPixels(4)).applyTo(text);
		// Tab leaves the text, as in every other field, instead of typing a tab.
		text.addTraverseListener(event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});

		label(form, Messages.Capture_source);
		sourceField = new TypeAheadField(form, new ObjectProposals(this::actors), proposal -> {
			source = proposal.object();
			sourceField.showTaken(proposal.getContent());
		});
		sourceField.text().setMessage(Messages.Capture_sourceHint);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(sourceField.text());
		sourceField.text().addModifyListener(event -> {
			if (source != null && !ObjectProposals.nameOf(source).equals(sourceField.text().getText())) {
				source = null;
			}
		});
		new Label(form, SWT.NONE).moveAbove(sourceField.matches()); // the matches go under the field, not the label
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, rows(sourceField.matches(), 3))
				.applyTo(sourceField.matches());

		label(form, Messages.Capture_reliability).setLayoutData(GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).create());
		reliability = new GradeList<>(form, List.of(
				new Grade<>(SourceReliability.A, 'A', Messages.Capture_reliabilityA),
				new Grade<>(SourceReliability.B, 'B', Messages.Capture_reliabilityB),
				new Grade<>(SourceReliability.C, 'C', Messages.Capture_reliabilityC),
				new Grade<>(SourceReliability.D, 'D', Messages.Capture_reliabilityD),
				new Grade<>(SourceReliability.E, 'E', Messages.Capture_reliabilityE),
				new Grade<>(SourceReliability.F, 'F', Messages.Capture_reliabilityF)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reliability.control());
		label(form, Messages.Capture_credibility).setLayoutData(GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).create());
		credibility = new GradeList<>(form, List.of(
				new Grade<>(InformationCredibility.CONFIRMED, '1', Messages.Capture_credibility1),
				new Grade<>(InformationCredibility.PROBABLY_TRUE, '2', Messages.Capture_credibility2),
				new Grade<>(InformationCredibility.POSSIBLY_TRUE, '3', Messages.Capture_credibility3),
				new Grade<>(InformationCredibility.DOUBTFUL, '4', Messages.Capture_credibility4),
				new Grade<>(InformationCredibility.IMPROBABLE, '5', Messages.Capture_credibility5),
				new Grade<>(InformationCredibility.CANNOT_BE_JUDGED, '6', Messages.Capture_credibility6)));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(credibility.control());

		label(form, Messages.Capture_about);
		aboutField = new TypeAheadField(form, new ObjectProposals(this::aboutCandidates), proposal -> {
			if (!about.contains(proposal.object())) {
				about.add(proposal.object());
				aboutList.add(proposal.getLabel());
			}
			aboutField.text().setText(""); //$NON-NLS-1$
		});
		aboutField.text().setMessage(Messages.Capture_aboutHint);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(aboutField.text());
		new Label(form, SWT.NONE);
		Composite aboutLists = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(aboutLists);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(aboutLists);
		label(aboutLists, Messages.Capture_matches);
		label(aboutLists, Messages.Capture_chosen);
		aboutField.matches().setParent(aboutLists);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, rows(aboutField.matches(), 3))
				.applyTo(aboutField.matches());
		aboutList = new org.eclipse.swt.widgets.List(aboutLists, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, rows(aboutList, 3)).applyTo(aboutList);
		aboutList.setToolTipText(Messages.Capture_removeHint);
		aboutList.addListener(SWT.KeyDown, event -> {
			int index = aboutList.getSelectionIndex();
			if ((event.character == SWT.DEL || event.character == SWT.BS) && index >= 0) {
				about.remove(index);
				aboutList.remove(index);
			}
		});

		label(form, Messages.Capture_topics);
		topicsField = new Text(form, SWT.SINGLE | SWT.BORDER);
		topicsField.setMessage(Messages.Capture_topicsHint);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(topicsField);

		label(form, Messages.Capture_latitude);
		latitudeField = new Text(form, SWT.SINGLE | SWT.BORDER);
		latitudeField.setMessage(Messages.Capture_latitudeHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(latitudeField);
		label(form, Messages.Capture_longitude);
		longitudeField = new Text(form, SWT.SINGLE | SWT.BORDER);
		longitudeField.setMessage(Messages.Capture_longitudeHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(longitudeField);
		latitudeField.addModifyListener(event -> checkPosition());
		longitudeField.addModifyListener(event -> checkPosition());

		label(form, Messages.Capture_place);
		placeField = new Text(form, SWT.SINGLE | SWT.BORDER);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(placeField);

		label(form, Messages.Capture_marking);
		markingField = new Text(form, SWT.SINGLE | SWT.BORDER);
		markingField.setText(theater.getMarking() == null ? "UNCLASSIFIED" : ObjectLabels.banner(theater.getMarking())); //$NON-NLS-1$
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(markingField);

		label(form, Messages.Capture_attachments).setLayoutData(GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).create());
		attachmentList = new org.eclipse.swt.widgets.List(form, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, rows(attachmentList, 3))
				.applyTo(attachmentList);
		attachmentList.setToolTipText(Messages.Capture_dropHint);
		Composite attachmentButtons = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(attachmentButtons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(attachmentButtons);
		Button add = new Button(attachmentButtons, SWT.PUSH);
		add.setText(Messages.Capture_addFile);
		GridDataFactory.fillDefaults().applyTo(add);
		add.addListener(SWT.Selection, event -> addFiles(fileChooser.apply(getShell())));
		Button remove = new Button(attachmentButtons, SWT.PUSH);
		remove.setText(Messages.Capture_removeFile);
		GridDataFactory.fillDefaults().applyTo(remove);
		remove.addListener(SWT.Selection, event -> removeSelectedAttachments());
		new Label(form, SWT.NONE);
		Label dropHint = new Label(form, SWT.WRAP);
		dropHint.setText(Messages.Capture_dropHint);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(dropHint);

		// The lists of matches follow their fields without being tab stops: Down and Up reach them from the field.
		form.setTabList(java.util.Arrays.stream(form.getChildren())
				.filter(child -> !(child instanceof Label) && child != sourceField.matches()).toArray(Control[]::new));
		aboutLists.setTabList(new Control[] { aboutList });

		// The dialog's background and the attachment list take dropped files (a drop target covers its own widget).
		acceptDroppedFiles(area);
		acceptDroppedFiles(form);
		acceptDroppedFiles(attachmentList);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, SAVE_DRAFT_ID, Messages.Capture_saveDraft, false);
		createButton(parent, SAVE_FINAL_ID, Messages.Capture_saveFinal, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == SAVE_DRAFT_ID) {
			file(ObservationStatus.DRAFT);
		} else if (buttonId == SAVE_FINAL_ID) {
			file(ObservationStatus.FINAL);
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** The observation this dialog filed, or null if it was cancelled or has not filed one yet. */
	public FieldObservation getFiled() {
		return filed;
	}

	/** The reason shown for refusing to file, or null while none is shown. */
	public String getProblem() {
		return problem;
	}

	/** Replaces the native file dialog, which a test cannot drive. */
	public void setFileChooser(Function<Shell, List<Path>> fileChooser) {
		this.fileChooser = fileChooser;
	}

	/** Adds files as attachments, as a drop or the file dialog does. */
	public void addFiles(List<Path> files) {
		for (Path file : files) {
			try {
				PendingAttachment attachment = PendingAttachment.of(file);
				if (attachments.stream().noneMatch(a -> a.sha256().equals(attachment.sha256()))) {
					attachments.add(attachment);
					attachmentList.add(NLS.bind(Messages.Capture_attachmentLine, attachment.fileName(), size(attachment.size())));
				}
			} catch (IOException | RuntimeException e) {
				showProblem(NLS.bind(Messages.Capture_attachmentUnreadable, file, reason(e)));
				return;
			}
		}
		showProblem(null);
	}

	@Override
	public void setErrorMessage(String message) {
		problem = message;
		super.setErrorMessage(message);
	}

	private void showProblem(String message) {
		setErrorMessage(message);
	}

	private void file(ObservationStatus status) {
		FieldObservation observation;
		try {
			observation = observation(status);
		} catch (IllegalArgumentException e) {
			showProblem(e.getMessage());
			return;
		}
		List<String> errors = ObservationCheck.errors(observation, theater);
		if (!errors.isEmpty()) {
			showProblem(errors.size() == 1 ? errors.get(0)
					: NLS.bind(Messages.Capture_moreProblems, errors.get(0), Integer.valueOf(errors.size() - 1)));
			return;
		}
		for (PendingAttachment attachment : attachments) {
			try (InputStream content = Files.newInputStream(attachment.file())) {
				session.getStorage().addAttachment(attachment.sha256(), content);
			} catch (IOException | RuntimeException e) {
				showProblem(NLS.bind(Messages.Capture_attachmentNotStored, attachment.fileName(), reason(e)));
				return;
			}
		}
		AddCommand command = new AddCommand(session.getEditingDomain(), theater,
				CounterpartPackage.Literals.THEATER__OBSERVATIONS, observation);
		command.setLabel(Messages.Capture_commandLabel);
		command.setDescription(Messages.Capture_commandDescription);
		if (!command.canExecute()) {
			showProblem(Messages.Capture_cannotFile);
			return;
		}
		session.getEditingDomain().getCommandStack().execute(command);
		filed = observation;
		setReturnCode(OK);
		close();
	}

	/** The observation the fields describe, not filed yet. */
	private FieldObservation observation(ObservationStatus status) {
		FieldObservation observation = CounterpartFactory.eINSTANCE.createFieldObservation();
		Date now = new Date();
		observation.setObservedAt(observedAt());
		observation.setRecordedAt(now);
		observation.setCreatedAt(now);
		observation.setCreatedBy(AUTHOR);
		observation.setAuthor(AUTHOR);
		observation.setText(text.getText().strip());
		observation.setSource((org.counterpart.model.Actor) resolvedSource());
		SourceReliability grade = reliability.value();
		observation.setSourceReliability(grade == null ? SourceReliability.UNGRADED : grade);
		InformationCredibility credible = credibility.value();
		observation.setInformationCredibility(credible == null ? InformationCredibility.UNGRADED : credible);
		for (EObject object : about) {
			switch (object) {
				case org.counterpart.model.Actor actor -> observation.getAboutActors().add(actor);
				case org.counterpart.model.Engagement engagement -> observation.getAboutEngagements().add(engagement);
				case org.counterpart.model.Objective objective -> observation.getAboutObjectives().add(objective);
				default -> throw new IllegalStateException(object.eClass().getName());
			}
		}
		for (String topic : topicsField.getText().split(",")) { //$NON-NLS-1$
			if (!topic.isBlank() && !observation.getTopics().contains(topic.strip())) {
				observation.getTopics().add(topic.strip());
			}
		}
		observation.setLatitude(coordinate(latitudeField, Messages.Capture_latitudeName));
		observation.setLongitude(coordinate(longitudeField, Messages.Capture_longitudeName));
		observation.setPlaceName(placeField.getText().isBlank() ? null : placeField.getText().strip());
		observation.setMarking(MarkingBanner.parse(markingField.getText()));
		attachments.forEach(attachment -> observation.getAttachments().add(attachment.toModel(AUTHOR)));
		observation.setStatus(status);
		return observation;
	}

	private void observedNow() {
		Calendar now = Calendar.getInstance();
		observedDate.setDate(now.get(Calendar.YEAR), now.get(Calendar.MONTH), now.get(Calendar.DAY_OF_MONTH));
		observedTime.setTime(now.get(Calendar.HOUR_OF_DAY), now.get(Calendar.MINUTE), 0);
	}

	private Date observedAt() {
		Calendar calendar = Calendar.getInstance();
		calendar.clear();
		calendar.set(observedDate.getYear(), observedDate.getMonth(), observedDate.getDay(), observedTime.getHours(),
				observedTime.getMinutes(), 0);
		return calendar.getTime();
	}

	private EObject resolvedSource() {
		String typed = sourceField.text().getText().strip();
		if (source != null || typed.isEmpty()) {
			return source;
		}
		EObject named = sourceField.exactly();
		if (named == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Capture_unknownSource, typed));
		}
		return named;
	}

	private static Double coordinate(Text field, String name) {
		String typed = field.getText().strip().replace(',', '.');
		if (typed.isEmpty()) {
			return null;
		}
		try {
			return Double.valueOf(typed);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Capture_notANumber, name, field.getText().strip()));
		}
	}

	/** Says at once when a typed position cannot be right, before filing is tried. */
	private void checkPosition() {
		try {
			Double latitude = coordinate(latitudeField, Messages.Capture_latitudeName);
			Double longitude = coordinate(longitudeField, Messages.Capture_longitudeName);
			if (latitude != null && (latitude < -90 || latitude > 90)) {
				showProblem(NLS.bind(Messages.Capture_latitudeRange, latitudeField.getText().strip()));
			} else if (longitude != null && (longitude < -180 || longitude > 180)) {
				showProblem(NLS.bind(Messages.Capture_longitudeRange, longitudeField.getText().strip()));
			} else {
				showProblem(null);
			}
		} catch (IllegalArgumentException e) {
			showProblem(e.getMessage());
		}
	}

	private List<EObject> actors() {
		List<EObject> actors = new ArrayList<>(theater.getContacts());
		actors.addAll(theater.getInstitutions());
		return actors;
	}

	private List<EObject> aboutCandidates() {
		List<EObject> candidates = actors();
		candidates.addAll(theater.getEngagements());
		theater.getObjectives().forEach(objective -> {
			candidates.add(objective);
			objective.eAllContents().forEachRemaining(content -> {
				if (content instanceof org.counterpart.model.Objective nested) {
					candidates.add(nested);
				}
			});
		});
		return candidates;
	}

	private static int rows(org.eclipse.swt.widgets.List list, int rows) {
		return list.getItemHeight() * rows;
	}

	private void removeSelectedAttachments() {
		int[] selected = attachmentList.getSelectionIndices();
		for (int i = selected.length - 1; i >= 0; i--) {
			attachments.remove(selected[i]);
			attachmentList.remove(selected[i]);
		}
	}

	private void acceptDroppedFiles(Control target) {
		DropTarget drop = new DropTarget(target, DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
		drop.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		drop.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names) {
					addFiles(List.of(names).stream().map(Path::of).toList());
				}
			}
		});
	}

	private static List<Path> chooseFiles(Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.Capture_chooseFiles);
		if (dialog.open() == null) {
			return List.of();
		}
		return List.of(dialog.getFileNames()).stream().map(name -> Path.of(dialog.getFilterPath(), name)).toList();
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static String size(long bytes) {
		return bytes < 1024 ? bytes + " B" //$NON-NLS-1$
				: bytes < 1024 * 1024 ? String.format("%.1f KB", bytes / 1024.0) : String.format("%.1f MB", bytes / (1024.0 * 1024)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String reason(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
