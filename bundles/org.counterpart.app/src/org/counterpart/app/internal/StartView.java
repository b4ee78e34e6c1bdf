package org.counterpart.app.internal;

import org.counterpart.model.Theater;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Tells a new user what to do while the workspace is empty: which perspective fits their role, and
 * where the command line is. Once the workspace holds something, its first section says what it holds instead.
 */
public class StartView extends ViewPart {

	private FormToolkit toolkit;
	private ScrolledForm form;
	private Section stateSection;
	private Label stateText;
	private final WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
	private final Runnable sessionListener = this::updateStateLater;

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText(Messages.StartView_title);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		TableWrapLayout layout = new TableWrapLayout();
		layout.verticalSpacing = 12;
		body.setLayout(layout);

		Composite state = section(body, Messages.StartView_emptyTitle);
		stateSection = (Section) state.getParent();
		stateText = toolkit.createLabel(state, Messages.StartView_emptyText, SWT.WRAP);
		wrapping(stateText);

		Composite roles = section(body, Messages.StartView_rolesTitle);
		FormText roleText = toolkit.createFormText(roles, true);
		roleText.setText(Messages.StartView_roles, true, false);
		wrapping(roleText);
		roleText.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				showPerspective((String) event.getHref());
			}
		});

		Composite commandLine = section(body, Messages.StartView_commandLineTitle);
		wrapping(toolkit.createLabel(commandLine, Messages.StartView_commandLine, SWT.WRAP));

		session.addDirtyListener(sessionListener);
		session.addRevertListener(sessionListener);
		session.addLockListener(sessionListener);
		session.whenLoaded(status -> updateStateLater());
		updateState();
	}

	private void updateStateLater() {
		if (form != null && !form.isDisposed()) {
			form.getDisplay().asyncExec(this::updateState);
		}
	}

	/** The first section: what the workspace holds, or that it is empty (also while it is not loaded). */
	private void updateState() {
		if (form == null || form.isDisposed()) {
			return;
		}
		Theater theater = session.getTheater();
		boolean empty = theater == null || session.isEmpty();
		stateSection.setText(empty ? Messages.StartView_emptyTitle : Messages.StartView_heldTitle);
		stateText.setText(empty ? Messages.StartView_emptyText
				: NLS.bind(Messages.StartView_heldText, new Object[] { theater.getInstitutions().size(),
						theater.getContacts().size(), theater.getEngagements().size(), theater.getObservations().size(),
						theater.getObjectives().size(), theater.getPartnerCountry() }));
		form.reflow(true);
	}

	/** A titled section whose text wraps to the view's width (TableWrapLayout does the wrapping). */
	private Composite section(Composite parent, String title) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR);
		section.setText(title);
		section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new TableWrapLayout());
		section.setClient(client);
		return client;
	}

	private static void wrapping(Control control) {
		control.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
	}

	void showPerspective(String perspectiveId) {
		IWorkbenchWindow window = getSite().getWorkbenchWindow();
		try {
			window.getWorkbench().showPerspective(perspectiveId, window);
		} catch (WorkbenchException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	/** The view's form, for tests and for contributions that add sections. */
	public ScrolledForm getForm() {
		return form;
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		session.removeDirtyListener(sessionListener);
		session.removeRevertListener(sessionListener);
		session.removeLockListener(sessionListener);
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
