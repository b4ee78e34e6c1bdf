package org.counterpart.app.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * Says what this installation is: product, version, runtime, and the Counterpart components with their
 * versions, which is what a support request needs. "Copy Details" puts the same text on the clipboard.
 */
public class AboutCounterpartDialog extends Dialog {

	/** Button id of "Copy Details". */
	public static final int COPY_DETAILS_ID = IDialogConstants.CLIENT_ID + 1;

	private static final String COMPONENT_PREFIX = "org.counterpart."; //$NON-NLS-1$

	private LocalResourceManager resources;

	public AboutCounterpartDialog(Shell parentShell) {
		super(parentShell);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.AboutDialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 8).applyTo(area);

		Label image = new Label(area, SWT.NONE);
		ResourceLocator.imageDescriptorFromBundle(getClass(), "icons/counterpart64.png") //$NON-NLS-1$
				.map(resources::create).ifPresent(image::setImage);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 4).applyTo(image);

		Label name = new Label(area, SWT.NONE);
		name.setText(Messages.CounterpartApplication_name);
		name.setFont(JFaceResources.getHeaderFont());
		name.setData("org.counterpart.test.id", "name"); //$NON-NLS-1$ //$NON-NLS-2$

		Label version = new Label(area, SWT.NONE);
		version.setText(versionLine());
		version.setData("org.counterpart.test.id", "version"); //$NON-NLS-1$ //$NON-NLS-2$

		Label description = new Label(area, SWT.WRAP);
		description.setText(Messages.AboutDialog_description);
		GridDataFactory.fillDefaults().grab(true, false).hint(440, SWT.DEFAULT).applyTo(description);

		Label runtime = new Label(area, SWT.NONE);
		runtime.setText(runtimeLine());

		Label componentsTitle = new Label(area, SWT.NONE);
		componentsTitle.setText(Messages.AboutDialog_components);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(componentsTitle);

		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		TableColumn componentColumn = new TableColumn(table, SWT.LEFT);
		componentColumn.setText(Messages.AboutDialog_component);
		TableColumn versionColumn = new TableColumn(table, SWT.LEFT);
		versionColumn.setText(Messages.AboutDialog_componentVersion);
		for (Bundle bundle : counterpartBundles()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { bundle.getSymbolicName(), bundle.getVersion().toString() });
		}
		componentColumn.pack();
		versionColumn.pack();
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 140).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_DETAILS_ID, Messages.AboutDialog_copy, false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_DETAILS_ID) {
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			try {
				clipboard.setContents(new Object[] { details() }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** The text "Copy Details" puts on the clipboard. */
	public String details() {
		StringBuilder text = new StringBuilder();
		text.append(Messages.CounterpartApplication_name).append(' ').append(versionLine()).append('\n');
		text.append(runtimeLine()).append('\n');
		for (Bundle bundle : counterpartBundles()) {
			text.append(bundle.getSymbolicName()).append(' ').append(bundle.getVersion()).append('\n');
		}
		return text.toString();
	}

	static String versionLine() {
		return NLS.bind(Messages.AboutDialog_version, ProductVersion.of(AboutCounterpartDialog.class));
	}

	private static String runtimeLine() {
		return NLS.bind(Messages.AboutDialog_runtime, new Object[] { System.getProperty("java.version"), //$NON-NLS-1$
				System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch") }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Counterpart's own bundles, without test fragments. */
	static List<Bundle> counterpartBundles() {
		Bundle self = FrameworkUtil.getBundle(AboutCounterpartDialog.class);
		return Arrays.stream(self.getBundleContext().getBundles())
				.filter(bundle -> bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith(COMPONENT_PREFIX))
				.filter(bundle -> bundle.getHeaders("").get(Constants.FRAGMENT_HOST) == null) //$NON-NLS-1$
				.sorted(Comparator.comparing(Bundle::getSymbolicName)).toList();
	}
}
