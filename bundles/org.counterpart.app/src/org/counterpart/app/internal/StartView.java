package org.counterpart.app.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
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
 * where the command line is.
 */
public class StartView extends ViewPart {

	private FormToolkit toolkit;
	private ScrolledForm form;

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

		Composite empty = section(body, Messages.StartView_emptyTitle);
		wrapping(toolkit.createLabel(empty, Messages.StartView_emptyText, SWT.WRAP));

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
		if (toolkit != null) {
			toolkit.dispose();
		}
		super.dispose();
	}
}
