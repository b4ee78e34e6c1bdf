package org.counterpart.diagram.ui.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.counterpart.diagram.layout.Arrangement;
import org.counterpart.diagram.spec.Filter;
import org.counterpart.diagram.spec.CreateEdgeTool;
import org.counterpart.diagram.spec.CreateNodeTool;
import org.counterpart.diagram.spec.ElementEdgeMapping;
import org.counterpart.diagram.spec.Layer;
import org.counterpart.diagram.spec.Tool;
import org.counterpart.diagram.ui.ArrangementGestures;
import org.counterpart.diagram.ui.internal.scene.EdgeFigure;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.scene.Scene;
import org.counterpart.diagram.ui.internal.scene.SceneBuilder;
import org.counterpart.diagram.ui.internal.scene.SceneResources;
import org.counterpart.diagram.ui.internal.tools.DiagramEditing;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.diagram.view.Diagram;
import org.counterpart.diagram.view.DiagramInterpreter;
import org.counterpart.model.Identified;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.ui.HelpContexts;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ItemImages;
import org.counterpart.ui.internal.TabbedProperties;
import org.counterpart.ui.internal.banner.BannerStrip;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * An editor tab showing one representation of a root object: interprets the spec on the root with the layers and
 * filters the user switched on (remembered per diagram, {@link RememberedToggles}), arranges the result as the workspace stores it, with ELK for what was never placed
 * ({@link EditorArrangement}), and draws it in a {@link DiagramViewer}, between classification banners that cover
 * what is drawn. Moving, resizing, pinning, hiding and Arrange All change the stored arrangement through the
 * workspace's command stack ({@link StoredGestures}). Its selection is the domain objects selected in the diagram, so
 * the explorer's link and the Properties view follow it. The diagram follows changes of the model (every command on
 * the workspace's stack), keeping the arrangement.
 */
public final class DiagramEditor extends EditorPart implements ITabbedPropertySheetPageContributor {
	public static final String ID = "org.counterpart.diagram.ui.editor"; //$NON-NLS-1$

	/** The key bindings of the diagram editor (Alt+arrows nudge the selection). */
	public static final String CONTEXT_ID = "org.counterpart.diagram.ui.context"; //$NON-NLS-1$

	private final EditorArrangement arrangement = new EditorArrangement();
	private final Set<String> activeLayers = new LinkedHashSet<>();
	private final Set<String> appliedFilters = new LinkedHashSet<>();
	private final Map<EObject, Image> icons = new IdentityHashMap<>();
	private final List<IAction> layerActions = new ArrayList<>();
	private final List<IAction> filterActions = new ArrayList<>();
	private final CommandStackListener modelListener = event -> modelChanged();
	private final Runnable revertListener = this::closeLater;
	private WorkspaceEditingSession session;
	private DiagramEditorInput diagramInput;
	private DiagramInterpreter interpreter;
	/** Under which key the layers and filters switched on here are remembered. */
	private String togglesKey;
	private StoredGestures gestures;
	/** Pin and Unpin: enabled while nodes are selected. */
	private final List<IAction> nodeActions = new ArrayList<>();
	private IAction hideAction;
	private IAction deleteAction;
	private IAction renameAction;
	private Diagram diagram;
	private DiagramViewer viewer;
	private SceneResources resources;
	private ItemImages itemImages;
	private BannerStrip topBanner;
	private BannerStrip bottomBanner;
	private Label status;
	private DiagramOutlinePage outline;
	private boolean refreshPending;
	/** How many changes of the command stack this editor heard of, and how many its diagram shows. */
	private long modelChanges;
	private long shownChanges;
	/** Objects just created with the palette, and the diagram point their node is to be centred on. */
	private final Map<EObject, double[]> pendingPlacements = new IdentityHashMap<>();
	private final Map<Tool, Image> toolIcons = new IdentityHashMap<>();
	private DiagramEditing editing;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DiagramEditorInput given)) {
			throw new PartInitException("Not a diagram: " + input); //$NON-NLS-1$
		}
		try {
			session = WorkspaceEditingSession.getDefault();
		} catch (IllegalStateException e) {
			throw new PartInitException(Messages.Editor_noWorkspace, e);
		}
		if (!DiagramSpecs.applies(given.getSpec(), given.getRoot())) {
			throw new PartInitException(NLS.bind(Messages.Editor_notApplicable, given.getRepresentationLabel(), ObjectLabels.labelOf(given.getRoot())));
		}
		setSite(site);
		setInput(input);
		diagramInput = given;
		interpreter = new DiagramInterpreter(given.getSpec());
		togglesKey = RememberedToggles.key(given.getSpec().name(), given.getRoot());
		activeLayers.addAll(RememberedToggles.layers(togglesKey, given.getSpec().spec(), interpreter.defaultLayers()));
		appliedFilters.addAll(RememberedToggles.filters(togglesKey, given.getSpec().spec()));
		gestures = new StoredGestures(session.getEditingDomain().getCommandStack(), given.getSpec().name(), given.getRoot(), () -> diagram,
				arrangement::current);
		setPartName(given.getName());
		setTitleToolTip(given.getToolTipText());
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		HelpContexts.set(body, HelpContexts.DIAGRAM);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		body.setLayout(layout);
		topBanner = new BannerStrip(body);
		topBanner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		ToolBarManager tools = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		ToolBar toolBar = tools.createControl(body);
		toolBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status = new Label(body, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		itemImages = new ItemImages(body);
		resources = new SceneResources(body.getDisplay(), this::icon);
		body.addListener(SWT.Dispose, event -> resources.dispose());
		diagram = interpret();
		Composite row = new Composite(body, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout rowLayout = new GridLayout(2, false);
		rowLayout.marginWidth = 0;
		rowLayout.marginHeight = 0;
		rowLayout.horizontalSpacing = 0;
		row.setLayout(rowLayout);
		Composite paletteSlot = new Composite(row, SWT.NONE);
		paletteSlot.setLayout(new FillLayout());
		paletteSlot.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		viewer = new DiagramViewer(row, arrange(), resources);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setTooltips(this::tooltip);
		// A layout does not start at the origin: the first paint shows the diagram's top-left corner.
		viewer.setOrigin(viewer.getScene().extent().x() - 20, viewer.getScene().extent().y() - 20);
		bottomBanner = new BannerStrip(body);
		bottomBanner.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		fillToolBar(tools);
		getSite().setSelectionProvider(viewer);
		editing = new DiagramEditing(this, session, paletteSlot, this::toolIcon);
		installEditActions();
		viewer.addSelectionChangedListener(event -> updateSelectionActions());
		IContextService contexts = getSite().getService(IContextService.class);
		if (contexts != null) {
			contexts.activateContext(CONTEXT_ID);
		}
		new NudgeHandlers(this).activate(getSite());
		session.getEditingDomain().getCommandStack().addCommandStackListener(modelListener);
		session.addRevertListener(revertListener);
		updateBanners();
		Display display = body.getDisplay();
		display.asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.zoomToFit();
				if (viewer.getZoom() < 0.75) {
					// A large diagram opens readable at its top-left node rather than as a picture of dots (a layout
					// can leave the corner of its extent empty).
					viewer.setZoom(1, 0, 0);
					NodeFigure corner = viewer.getScene().nodes().stream().filter(node -> node.parent() == null)
							.min(java.util.Comparator.comparingDouble(node -> node.bounds().x() + node.bounds().y())).orElse(null);
					Arrangement.Bounds at = corner == null ? viewer.getScene().extent() : corner.bounds();
					viewer.setOrigin(at.x() - 20, at.y() - 20);
				}
			}
		});
	}

	private void fillToolBar(ToolBarManager tools) {
		tools.add(action(Messages.Editor_zoomInShort, Messages.Editor_zoomIn, () -> viewer.zoomIn()));
		tools.add(action(Messages.Editor_zoomOutShort, Messages.Editor_zoomOut, () -> viewer.zoomOut()));
		tools.add(action(Messages.Editor_zoomActualShort, Messages.Editor_zoomActual, () -> viewer.setZoom(1)));
		tools.add(action(Messages.Editor_zoomFitShort, Messages.Editor_zoomFit, () -> viewer.zoomToFit()));
		tools.add(action(Messages.Editor_zoomSelectionShort, Messages.Editor_zoomSelection, () -> viewer.zoomToSelection()));
		tools.add(new Separator());
		tools.add(action(Messages.Editor_arrangeAll, Messages.Editor_arrangeAllTooltip, this::arrangeAll));
		IAction pin = action(Messages.Editor_pin, Messages.Editor_pinTooltip, () -> pinSelection(true));
		IAction unpin = action(Messages.Editor_unpin, Messages.Editor_unpinTooltip, () -> pinSelection(false));
		hideAction = action(Messages.Editor_hide, Messages.Editor_hideTooltip, this::hideSelection);
		nodeActions.addAll(List.of(pin, unpin));
		tools.add(pin);
		tools.add(unpin);
		tools.add(hideAction);
		tools.add(action(Messages.Editor_revealAll, Messages.Editor_revealAllTooltip, this::revealAll));
		tools.add(new Separator());
		for (Layer layer : diagramInput.getSpec().spec().getLayers()) {
			if (!layer.isOptional()) {
				continue;
			}
			IAction toggle = toggle(label(layer.getLabel(), layer.getName()), NLS.bind(Messages.Editor_layerTooltip, label(layer.getLabel(), layer.getName())),
					activeLayers.contains(layer.getName()), on -> setLayer(layer.getName(), on));
			layerActions.add(toggle);
			tools.add(toggle);
		}
		for (Layer layer : diagramInput.getSpec().spec().getLayers()) {
			for (Filter filter : layer.getFilters()) {
				IAction toggle = toggle(label(filter.getLabel(), filter.getName()), NLS.bind(Messages.Editor_filterTooltip, label(filter.getLabel(), filter.getName())),
						appliedFilters.contains(filter.getName()), on -> setFilter(filter.getName(), on));
				filterActions.add(toggle);
				tools.add(toggle);
			}
		}
		tools.update(true);
	}

	private static String label(String label, String name) {
		return label == null || label.isBlank() ? name : label;
	}

	private static IAction action(String text, String tooltip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	private static IAction toggle(String text, String tooltip, boolean checked, java.util.function.Consumer<Boolean> run) {
		Action action = new Action(text, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				run.accept(isChecked());
			}
		};
		action.setChecked(checked);
		action.setToolTipText(tooltip);
		return action;
	}

	/** Shows or hides an optional layer; the diagram is interpreted again. */
	public void setLayer(String name, boolean on) {
		if (on ? activeLayers.add(name) : activeLayers.remove(name)) {
			RememberedToggles.remember(togglesKey, activeLayers, appliedFilters);
			refresh();
			if (editing != null) {
				editing.layersChanged();
			}
		}
	}

	/** Applies or lifts a filter; the diagram is interpreted again. */
	public void setFilter(String name, boolean on) {
		if (on ? appliedFilters.add(name) : appliedFilters.remove(name)) {
			RememberedToggles.remember(togglesKey, activeLayers, appliedFilters);
			refresh();
		}
	}

	public Set<String> getActiveLayers() {
		return Set.copyOf(activeLayers);
	}

	public Set<String> getAppliedFilters() {
		return Set.copyOf(appliedFilters);
	}

	private Diagram interpret() {
		return interpreter.interpret(diagramInput.getRoot(), activeLayers, appliedFilters);
	}

	/** Arranges the current diagram as stored, keeping where its other elements already sit, and makes its scene. */
	private Scene arrange() {
		Arrangement arranged = arrangement.arrange(diagram, gestures.stored(), this::placePending);
		return SceneBuilder.build(diagram, arranged);
	}

	// ---- arrangement gestures

	/** Lays the whole diagram out again with ELK (pinned nodes stay), as one undoable command "Arrange All". */
	public void arrangeAll() {
		Arrangement layout = arrangement.layoutAll(diagram, gestures.stored());
		gestures.arrangeAll(layout);
		arrangement.adoptLayout(diagram, layout);
		refresh();
	}

	/** Moves nodes by a distance in diagram units, as one command "Move"; nodes inside others selected go along. */
	public void moveNodes(List<NodeFigure> nodes, double dx, double dy) {
		List<String> keys = outermost(nodes).stream().map(NodeFigure::key).toList();
		if (!keys.isEmpty() && (dx != 0 || dy != 0)) {
			gestures.move(keys, dx, dy);
			refresh();
		}
	}

	/** Gives a node new absolute bounds, as one command "Resize". */
	public void resizeNode(NodeFigure node, Arrangement.Bounds absolute) {
		Arrangement.Bounds relative = node.parent() == null ? absolute
				: absolute.translated(-node.parent().bounds().x(), -node.parent().bounds().y());
		gestures.resize(node.key(), relative);
		refresh();
	}

	/** Pins (or unpins) the selected nodes, as one command. */
	public void pinSelection(boolean pinned) {
		List<String> keys = selectedNodes().stream().map(NodeFigure::key).toList();
		if (!keys.isEmpty()) {
			gestures.pin(keys, pinned);
			refresh();
		}
	}

	/** Whether the stored arrangement pins the node. */
	public boolean isPinned(NodeFigure node) {
		return gestures.stored().isPinned(node.key());
	}

	/** Hides the selected elements in this diagram, as one command "Hide". */
	public void hideSelection() {
		List<String> keys = viewer.getSelectedFigures().stream().map(Figure::key).toList();
		if (!keys.isEmpty()) {
			gestures.hide(keys, true);
			refresh();
		}
	}

	/** Shows again everything hidden by hand, as one command "Reveal All". */
	public void revealAll() {
		if (gestures.revealAll()) {
			refresh();
		} else {
			showStatus(Messages.Editor_nothingHidden);
		}
	}

	private List<NodeFigure> selectedNodes() {
		return viewer.getSelectedFigures().stream().filter(NodeFigure.class::isInstance).map(NodeFigure.class::cast).toList();
	}

	/** The nodes of {@code nodes} that are not inside another of them (those move with their container). */
	private static List<NodeFigure> outermost(List<NodeFigure> nodes) {
		Set<NodeFigure> all = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		all.addAll(nodes);
		List<NodeFigure> result = new ArrayList<>();
		for (NodeFigure node : nodes) {
			boolean inside = false;
			for (NodeFigure up = node.parent(); up != null && !inside; up = up.parent()) {
				inside = all.contains(up);
			}
			if (!inside && !result.contains(node)) {
				result.add(node);
			}
		}
		return result;
	}

	/** Edit &gt; Delete and Edit &gt; Rename (F2) act on the diagram's selection through the spec's tools. */
	private void installEditActions() {
		deleteAction = action(Messages.Menu_delete, null, () -> editing.getTools().deleteSelection());
		deleteAction.setActionDefinitionId("org.eclipse.ui.edit.delete"); //$NON-NLS-1$
		renameAction = action(Messages.Menu_rename, null, editing::editLabel);
		renameAction.setActionDefinitionId("org.eclipse.ui.edit.rename"); //$NON-NLS-1$
		IActionBars bars = getEditorSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), renameAction);
		updateSelectionActions();
		bars.updateActionBars();
	}

	private void updateSelectionActions() {
		boolean nodes = !selectedNodes().isEmpty();
		nodeActions.forEach(action -> action.setEnabled(nodes));
		if (hideAction != null) {
			hideAction.setEnabled(!viewer.getSelectedFigures().isEmpty());
		}
		if (deleteAction != null) {
			deleteAction.setEnabled(editing.getTools().canDeleteSelection());
			renameAction.setEnabled(viewer.getFocusFigure() instanceof NodeFigure node && editing.getTools().directEditTool(node).isPresent());
		}
	}

	/**
	 * Centres the node of {@code semantic} on the diagram point ({@code x}, {@code y}) when the diagram next shows it
	 * (an object just created with the palette appears where the user clicked).
	 */
	public void placeWhenShown(EObject semantic, double x, double y) {
		pendingPlacements.put(semantic, new double[] { x, y });
	}

	private void placePending(Arrangement arranged) {
		if (pendingPlacements.isEmpty()) {
			return;
		}
		for (org.counterpart.diagram.view.DiagramNode node : diagram.allNodes()) {
			double[] at = pendingPlacements.remove(node.target());
			Arrangement.Bounds bounds = at == null ? null : arranged.bounds(node.key());
			if (bounds != null) {
				double x = at[0];
				double y = at[1];
				for (org.counterpart.diagram.view.DiagramNode up = node.parent(); up != null; up = up.parent()) {
					Arrangement.Bounds parent = arranged.bounds(up.key());
					if (parent != null) { // a child's bounds are relative to its parent
						x -= parent.x();
						y -= parent.y();
					}
				}
				arranged.setBounds(node.key(), new Arrangement.Bounds(x - bounds.width() / 2, y - bounds.height() / 2, bounds.width(), bounds.height()));
			}
		}
	}

	/** Says something in the line above the diagram and in the window's status line (a gesture a tool refused, say). */
	public void showStatus(String text) {
		if (status != null && !status.isDisposed()) {
			status.setText(text == null ? "" : text); //$NON-NLS-1$
			status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
		}
		IStatusLineManager line = getEditorSite().getActionBars().getStatusLineManager();
		if (line != null) {
			line.setMessage(text);
		}
	}

	/** What the line above the diagram says now. */
	public String getStatusText() {
		return status == null || status.isDisposed() ? "" : status.getText(); //$NON-NLS-1$
	}

	/** The palette, the tools' gestures and the context menu. */
	public DiagramEditing getEditing() {
		return editing;
	}

	/** The icon of what a palette tool creates, from the model's edit bundle. */
	private Image toolIcon(Tool tool) {
		return toolIcons.computeIfAbsent(tool, key -> {
			String className = switch (key) {
				case CreateNodeTool node -> node.getMapping() == null ? null : node.getMapping().getDomainClass();
				case CreateEdgeTool edge -> edge.getMapping() instanceof ElementEdgeMapping element ? element.getDomainClass() : null;
				default -> null;
			};
			if (className == null || !(CounterpartPackage.eINSTANCE.getEClassifier(className) instanceof EClass eClass) || eClass.isAbstract()) {
				return null;
			}
			EObject prototype = EcoreUtil.create(eClass);
			Object labels = session.getAdapterFactory().adapt(prototype, IItemLabelProvider.class);
			return labels instanceof IItemLabelProvider provider ? itemImages.image(provider.getImage(prototype)) : null;
		});
	}

	/** Interprets the diagram again and shows it where it was. */
	public void refresh() {
		refreshPending = false;
		shownChanges = modelChanges;
		if (viewer == null || viewer.getControl().isDisposed() || diagramInput.getRoot().eResource() == null) {
			return;
		}
		icons.clear();
		diagram = interpret();
		viewer.setScene(arrange());
		updateBanners();
	}

	private void modelChanged() {
		modelChanges++;
		refreshLater();
	}

	private void refreshLater() {
		if (refreshPending || viewer == null) {
			return;
		}
		refreshPending = true;
		Display display = viewer.getControl().getDisplay();
		display.asyncExec(() -> {
			// a gesture of this editor has already drawn its own change
			if (shownChanges == modelChanges) {
				refreshPending = false;
				return;
			}
			refresh();
		});
	}

	private void closeLater() {
		Display display = getSite().getShell().getDisplay();
		display.asyncExec(() -> getSite().getPage().closeEditor(this, false));
	}

	private void updateBanners() {
		List<EObject> drawn = new ArrayList<>();
		drawn.add(diagramInput.getRoot());
		viewer.getScene().figures().forEach(figure -> drawn.add(figure.semantic()));
		MarkingSummary summary = MarkingSummary.ofObjects(drawn);
		topBanner.show(summary);
		bottomBanner.show(summary);
	}

	/** What the banners above and below the diagram say: the highest marking of everything drawn. */
	public String getBannerText() {
		return topBanner.getText();
	}

	private Image icon(EObject object) {
		return icons.computeIfAbsent(object, key -> {
			Object labels = session.getAdapterFactory().adapt(key, IItemLabelProvider.class);
			return labels instanceof IItemLabelProvider provider ? itemImages.image(provider.getImage(key)) : null;
		});
	}

	private String tooltip(Figure figure) {
		StringBuilder text = new StringBuilder();
		String mappingLabel = figure instanceof NodeFigure node ? node.node().mapping().getLabel()
				: ((EdgeFigure) figure).edge().mapping().getLabel();
		if (mappingLabel != null) {
			text.append(mappingLabel).append('\n');
		}
		Object labels = session.getAdapterFactory().adapt(figure.semantic(), IItemLabelProvider.class);
		text.append(labels instanceof IItemLabelProvider provider ? provider.getText(figure.semantic()) : ObjectLabels.labelOf(figure.semantic()));
		if (figure instanceof EdgeFigure edge) {
			text.append('\n').append(edge.source().label()).append(" \u2192 ").append(edge.target().label()); //$NON-NLS-1$
		}
		if (figure.semantic() instanceof Identified identified && identified.getEffectiveMarking() != null) {
			text.append('\n').append(NLS.bind(Messages.Tooltip_marking, MarkingSummary.of(identified.getEffectiveMarking()).banner()));
		}
		return text.toString();
	}

	public DiagramViewer getViewer() {
		return viewer;
	}

	public List<IAction> getLayerActions() {
		return List.copyOf(layerActions);
	}

	public List<IAction> getFilterActions() {
		return List.copyOf(filterActions);
	}

	/** Where the gestures of this editor go: the arrangement stored with the workspace. */
	public ArrangementGestures getGestures() {
		return gestures;
	}

	/** The arrangement the diagram is drawn with now (child bounds relative to their parent). */
	public Arrangement getArrangement() {
		return arrangement.current();
	}

	/** How many times this editor has run ELK (an arranged diagram opens without). */
	public int getLayoutRuns() {
		return arrangement.elkRuns();
	}

	public DiagramEditorInput getDiagramInput() {
		return diagramInput;
	}

	@Override
	public String getContributorId() {
		return TabbedProperties.CONTRIBUTOR_ID;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IContentOutlinePage.class && viewer != null) {
			if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
				outline = new DiagramOutlinePage(viewer, resources);
			}
			return adapter.cast(outline);
		}
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new TabbedPropertySheetPage(this));
		}
		if (diagramInput != null && adapter.isInstance(diagramInput.getRoot())) {
			return adapter.cast(diagramInput.getRoot()); // the root, for the window's classification banner
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (session != null) {
			session.getEditingDomain().getCommandStack().removeCommandStackListener(modelListener);
			session.removeRevertListener(revertListener);
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// The diagram saves nothing of its own: the model saves with the workspace.
	}

	@Override
	public void doSaveAs() {
		// not offered
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
