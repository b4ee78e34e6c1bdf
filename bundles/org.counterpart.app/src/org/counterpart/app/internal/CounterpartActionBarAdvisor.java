package org.counterpart.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The File, Edit, Window and Help menus (the user guide's contents and search, and About). Edit carries the global Undo and Redo actions (retargeted, in every part,
 * to the workspace's command stack, and named after the command they undo) and the Copy, Delete and Rename actions
 * that views retarget to their selection.
 */
public class CounterpartActionBarAdvisor extends ActionBarAdvisor {

	private IWorkbenchAction quitAction;
	private IWorkbenchAction undoAction;
	private IWorkbenchAction redoAction;
	private IWorkbenchAction copyAction;
	private IWorkbenchAction deleteAction;
	private IWorkbenchAction renameAction;
	private IWorkbenchAction saveAction;
	private IWorkbenchAction resetPerspectiveAction;
	private IWorkbenchAction preferencesAction;
	private IWorkbenchAction helpContentsAction;
	private IWorkbenchAction helpSearchAction;
	private IAction aboutAction;

	public CounterpartActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		quitAction = registered(ActionFactory.QUIT.create(window));
		saveAction = registered(ActionFactory.SAVE.create(window));
		undoAction = registered(ActionFactory.UNDO.create(window));
		redoAction = registered(ActionFactory.REDO.create(window));
		copyAction = registered(ActionFactory.COPY.create(window));
		deleteAction = registered(ActionFactory.DELETE.create(window));
		renameAction = registered(ActionFactory.RENAME.create(window));
		resetPerspectiveAction = registered(ActionFactory.RESET_PERSPECTIVE.create(window));
		preferencesAction = registered(ActionFactory.PREFERENCES.create(window));
		helpContentsAction = registered(ActionFactory.HELP_CONTENTS.create(window));
		helpSearchAction = registered(ActionFactory.HELP_SEARCH.create(window));
		aboutAction = registered(new AboutCounterpartAction(window));
	}

	private <T extends IAction> T registered(T action) {
		register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

		MenuManager fileMenu = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		fileMenu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
		fileMenu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
		fileMenu.add(new Separator());
		fileMenu.add(saveAction);
		fileMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		fileMenu.add(new Separator());
		fileMenu.add(quitAction);
		fileMenu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

		MenuManager editMenu = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		editMenu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
		editMenu.add(undoAction);
		editMenu.add(redoAction);
		editMenu.add(new Separator(IWorkbenchActionConstants.CUT_EXT));
		editMenu.add(copyAction);
		editMenu.add(deleteAction);
		editMenu.add(renameAction);
		editMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		editMenu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));

		MenuManager windowMenu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager perspectiveMenu = new MenuManager(Messages.Menu_openPerspective);
		perspectiveMenu.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
		windowMenu.add(perspectiveMenu);
		MenuManager viewMenu = new MenuManager(Messages.Menu_showView);
		viewMenu.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(viewMenu);
		windowMenu.add(resetPerspectiveAction);
		windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(new Separator());
		windowMenu.add(preferencesAction);

		MenuManager helpMenu = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		helpMenu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		helpMenu.add(helpContentsAction);
		helpMenu.add(helpSearchAction);
		helpMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		helpMenu.add(new Separator());
		helpMenu.add(aboutAction);
		helpMenu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

		menuBar.add(fileMenu);
		menuBar.add(editMenu);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(helpMenu);
	}
}
