package org.counterpart.diagram.ui.internal.tools;

import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.counterpart.diagram.LoadedSpec;
import org.counterpart.diagram.layout.Arrangement.Bounds;
import org.counterpart.diagram.layout.ArrangementEdit;
import org.counterpart.diagram.spec.AbstractNodeMapping;
import org.counterpart.diagram.spec.CreateEdgeTool;
import org.counterpart.diagram.spec.CreateNodeTool;
import org.counterpart.diagram.spec.DeleteTool;
import org.counterpart.diagram.spec.DirectEditTool;
import org.counterpart.diagram.spec.Layer;
import org.counterpart.diagram.spec.Mapping;
import org.counterpart.diagram.spec.ReconnectEnd;
import org.counterpart.diagram.spec.ReconnectTool;
import org.counterpart.diagram.spec.Tool;
import org.counterpart.diagram.tool.ToolCommand;
import org.counterpart.diagram.tool.ToolException;
import org.counterpart.diagram.tool.ToolExecutor;
import org.counterpart.diagram.ui.internal.DiagramEditor;
import org.counterpart.diagram.ui.internal.Messages;
import org.counterpart.diagram.ui.internal.scene.EdgeFigure;
import org.counterpart.diagram.ui.internal.scene.Figure;
import org.counterpart.diagram.ui.internal.scene.NodeFigure;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.model.Identified;
import org.counterpart.model.Theater;
import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerEdits;
import org.counterpart.ui.internal.Officer;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.PartInitException;

/**
 * The editing side of a diagram editor: runs the spec's tools (create a node where the user clicked, an edge between
 * two nodes, reconnect an edge, delete, edit a label in place) through {@link ToolExecutor} as one command each on
 * the workspace's command stack, labelled for Edit &gt; Undo, and reports what it refused.
 */
public final class DiagramTools {
	private final DiagramEditor editor;
	private final WorkspaceEditingSession session;
	private final ToolExecutor executor;
	private String lastProblem;

	public DiagramTools(DiagramEditor editor, WorkspaceEditingSession session) {
		this.editor = editor;
		this.session = session;
		this.executor = new ToolExecutor(spec(), session.getEditingDomain());
		executor.setCreationHook(this::stamp);
	}

	/** Who made a new object and when, and the workspace's marking, as the explorer's New does. */
	private void stamp(EObject created) {
		if (created instanceof Identified identified) {
			identified.setCreatedAt(new Date());
			identified.setCreatedBy(Officer.name());
			Theater theater = session.getTheater();
			if (theater != null && theater.getMarking() != null && identified.getMarking() == null) {
				identified.setMarking(EcoreUtil.copy(theater.getMarking()));
			}
		}
	}

	private LoadedSpec spec() {
		return editor.getDiagramInput().getSpec();
	}

	private EObject root() {
		return editor.getDiagramInput().getRoot();
	}

	private DiagramViewer viewer() {
		return editor.getViewer();
	}

	private CommandStack stack() {
		return session.getEditingDomain().getCommandStack();
	}

	/** The editor whose diagram these tools edit. */
	public DiagramEditor editor() {
		return editor;
	}

	public ToolExecutor executor() {
		return executor;
	}

	/** The palette's tools: node and edge creation tools of the layers shown. */
	public List<Tool> paletteTools() {
		return executor.creationTools(editor.getActiveLayers());
	}

	/** What the last refused or failed gesture was told, or null (for tests and the status line). */
	public String getLastProblem() {
		return lastProblem;
	}

	public static String label(Tool tool) {
		return tool.getLabel() == null || tool.getLabel().isBlank() ? tool.getName() : tool.getLabel();
	}

	// ------------------------------------------------------------------------------------------------------ create

	/**
	 * Creates with {@code tool} into the object of {@code into} (or the diagram's root), centred on the diagram point
	 * ({@code x}, {@code y}).
	 *
	 * @return the object created, or null if the tool refused
	 */
	public EObject createNode(CreateNodeTool tool, NodeFigure into, double x, double y) {
		EObject container = into == null ? root() : into.semantic();
		String label = NLS.bind(Messages.Tools_createCommand, label(tool));
		ToolCommand command = executor.createNode(tool, container, root(), label);
		CreateAndPlace placed = new CreateAndPlace(label, command, tool.getMapping(), x, y);
		if (!run(command, placed) || command.created().isEmpty()) {
			return null;
		}
		EObject created = command.created().get(0);
		editor.placeWhenShown(created, x, y);
		selectLater(created);
		return created;
	}

	/** Whether {@code tool} may start an edge at {@code source} (and, if given, end it at {@code target}). */
	public boolean canConnect(CreateEdgeTool tool, NodeFigure source, NodeFigure target) {
		if (source == null) {
			return false;
		}
		AbstractNodeMapping sourceMapping = source.node().mapping();
		if (target == null) {
			return tool.getMapping().getSourceMappings().contains(sourceMapping);
		}
		return executor.canConnect(tool, sourceMapping, source.semantic(), target.node().mapping(), target.semantic(), root());
	}

	/** Joins {@code source} to {@code target} with {@code tool}; refuses (and says so) an end the tool does not accept. */
	public boolean createEdge(CreateEdgeTool tool, NodeFigure source, NodeFigure target) {
		if (!canConnect(tool, source, target)) {
			refuse(NLS.bind(Messages.Tools_invalidEnds, label(tool), target == null ? "" : target.label())); //$NON-NLS-1$
			return false;
		}
		ToolCommand command = executor.createEdge(tool, source.semantic(), target.semantic(), root(), NLS.bind(Messages.Tools_createCommand, label(tool)));
		return run(command, command);
	}

	// --------------------------------------------------------------------------------------------------- reconnect

	/** The tool that moves {@code end} of {@code edge}, if the spec has one. */
	public Optional<ReconnectTool> reconnectTool(EdgeFigure edge, ReconnectEnd end) {
		return executor.reconnectTool(edge.edge().mapping(), end, editor.getActiveLayers());
	}

	/** Whether moving {@code end} of {@code edge} to {@code node} is allowed. */
	public boolean canReconnect(EdgeFigure edge, ReconnectEnd end, NodeFigure node) {
		Optional<ReconnectTool> tool = reconnectTool(edge, end);
		if (tool.isEmpty() || node == null) {
			return false;
		}
		NodeFigure source = end == ReconnectEnd.SOURCE ? node : edge.source();
		NodeFigure target = end == ReconnectEnd.TARGET ? node : edge.target();
		if (source == edge.source() && target == edge.target()) {
			return false;
		}
		return executor.canReconnect(tool.get(), edge.semantic(), source.node().mapping(), source.semantic(), target.node().mapping(),
				target.semantic(), root());
	}

	/** Moves {@code end} of {@code edge} to {@code node}. */
	public boolean reconnect(EdgeFigure edge, ReconnectEnd end, NodeFigure node) {
		if (!canReconnect(edge, end, node)) {
			refuse(NLS.bind(Messages.Tools_invalidReconnect, node == null ? "" : node.label())); //$NON-NLS-1$
			return false;
		}
		NodeFigure source = end == ReconnectEnd.SOURCE ? node : edge.source();
		NodeFigure target = end == ReconnectEnd.TARGET ? node : edge.target();
		String label = NLS.bind(Messages.Tools_reconnectCommand, edge.edge().mapping().getLabel());
		ToolCommand command = executor.reconnect(reconnectTool(edge, end).orElseThrow(), edge.semantic(), source.semantic(), target.semantic(), root(), label);
		return run(command, command);
	}

	// ------------------------------------------------------------------------------------------------------ delete

	private Optional<DeleteTool> deleteTool(Figure figure) {
		return executor.deleteTool(mapping(figure), editor.getActiveLayers());
	}

	private static Mapping mapping(Figure figure) {
		return figure instanceof NodeFigure node ? node.node().mapping() : ((EdgeFigure) figure).edge().mapping();
	}

	/** Whether the spec can delete every selected element. */
	public boolean canDeleteSelection() {
		List<Figure> selected = viewer().getSelectedFigures();
		return !selected.isEmpty() && selected.stream().allMatch(figure -> deleteTool(figure).isPresent());
	}

	/**
	 * Asks, naming what else goes and which references are cleared (the explorer's question), and deletes the
	 * selected elements' objects with the spec's delete tools, as one command.
	 *
	 * @return whether anything was deleted
	 */
	public boolean deleteSelection() {
		List<Figure> selected = viewer().getSelectedFigures();
		if (selected.isEmpty()) {
			return false;
		}
		Map<EObject, DeleteTool> tools = new IdentityHashMap<>();
		for (Figure figure : selected) {
			Optional<DeleteTool> tool = deleteTool(figure);
			if (tool.isEmpty()) {
				problem(NLS.bind(Messages.Tools_cannotDelete, figure.label()));
				return false;
			}
			tools.putIfAbsent(figure.semantic(), tool.get());
		}
		Theater theater = session.getTheater();
		if (theater == null) {
			return false;
		}
		ExplorerEdits.DeletePlan plan = ExplorerEdits.planDelete(new ArrayList<>(tools.keySet()), theater);
		if (plan.selected().isEmpty()) {
			return false;
		}
		MessageDialog confirm = new MessageDialog(viewer().getControl().getShell(), org.counterpart.ui.internal.Messages.Explorer_deleteTitle, null,
				plan.question(), MessageDialog.QUESTION, 0, org.counterpart.ui.internal.Messages.Explorer_deleteButton, IDialogConstants.CANCEL_LABEL);
		if (confirm.open() != 0) {
			return false;
		}
		// an object inside another selected one goes with it, under the outer one's tool
		ToolCommand command = executor.delete(tools::get, plan.selected(), plan.alsoDeleted(), root(), Messages.Tools_deleteCommand);
		return run(command, command);
	}

	// ------------------------------------------------------------------------------------------------- direct edit

	/** The tool that edits the label of {@code figure} in place, if the spec has one. */
	public Optional<DirectEditTool> directEditTool(Figure figure) {
		return figure instanceof NodeFigure node ? executor.directEditTool(node.node().mapping(), editor.getActiveLayers()) : Optional.empty();
	}

	/**
	 * Writes {@code text} as the label of {@code node} through its direct-edit tool.
	 *
	 * @return null when done, otherwise why not (e.g. an empty name); nothing changed then
	 */
	public String directEdit(NodeFigure node, String text) {
		Optional<DirectEditTool> tool = directEditTool(node);
		if (tool.isEmpty()) {
			return NLS.bind(Messages.Tools_cannotRename, node.label());
		}
		if (text == null || text.isBlank()) {
			return Messages.Tools_emptyName;
		}
		if (text.strip().equals(node.label())) {
			return null; // unchanged: nothing to undo
		}
		ToolCommand command;
		try {
			command = executor.directEdit(tool.get(), node.semantic(), text, root(), Messages.Tools_renameCommand);
		} catch (ToolException e) {
			return e.getMessage();
		}
		stack().execute(command);
		return command.failure() == null ? null : command.failure().getMessage();
	}

	// ---------------------------------------------------------------------------------------------------------- open

	/** Opens the form of the object of {@code figure}. */
	public void open(Figure figure) {
		try {
			ObjectEditors.open(editor.getSite().getPage(), figure.semantic());
		} catch (PartInitException e) {
			problem(e.getMessage());
		}
	}

	// ------------------------------------------------------------------------------------------------------ helpers

	/** Executes {@code command} (possibly wrapped) on the stack; says why if {@code tool} could not run. */
	private boolean run(ToolCommand tool, org.eclipse.emf.common.command.Command command) {
		stack().execute(command);
		if (tool.failure() != null) {
			problem(NLS.bind(Messages.Tools_failed, command.getLabel(), tool.failure().getMessage()));
			return false;
		}
		lastProblem = null;
		return true;
	}

	/** A gesture the tool did not accept: said in the status line, no dialog. */
	private void refuse(String message) {
		lastProblem = message;
		editor.showStatus(message);
	}

	private void problem(String message) {
		lastProblem = message;
		MessageDialog.openError(viewer().getControl().getShell(), Messages.Tools_problemTitle, message);
	}

	private void selectLater(EObject created) {
		viewer().getControl().getDisplay().asyncExec(() -> {
			if (!viewer().getControl().isDisposed()) {
				viewer().reveal(created);
			}
		});
	}

	/**
	 * A node creation and where the new node sits, as one command: the stored arrangement gets the node's bounds
	 * centred on the point clicked, so the node does not jump when the diagram is arranged again.
	 */
	private final class CreateAndPlace extends AbstractCommand {
		private final ToolCommand create;
		private final AbstractNodeMapping mapping;
		private final double x;
		private final double y;
		private ArrangementEdit place;

		CreateAndPlace(String label, ToolCommand create, AbstractNodeMapping mapping, double x, double y) {
			super(label, label);
			this.create = create;
			this.mapping = mapping;
			this.x = x;
			this.y = y;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			create.execute(); // throws when the tool cannot run: nothing is then on the stack
			if (create.created().isEmpty() || root().eResource() == null || !topLevel(mapping)) {
				return;
			}
			EObject created = create.created().get(0);
			Bounds bounds = new Bounds(x - NEW_NODE_WIDTH / 2, y - NEW_NODE_HEIGHT / 2, NEW_NODE_WIDTH, NEW_NODE_HEIGHT);
			place = new ArrangementEdit(root().eResource(), spec().name(), root(), getLabel())
					.bounds(mapping.getName() + ":" + EcoreUtil.getID(created), created, bounds); //$NON-NLS-1$
			if (place.canExecute()) {
				place.execute();
			} else {
				place = null;
			}
		}

		@Override
		public void undo() {
			if (place != null) {
				place.undo();
			}
			create.undo();
		}

		@Override
		public void redo() {
			create.redo();
			if (place != null) {
				place.redo();
			}
		}

		@Override
		public java.util.Collection<?> getAffectedObjects() {
			return create.getAffectedObjects();
		}
	}

	static final double NEW_NODE_WIDTH = 150;
	static final double NEW_NODE_HEIGHT = 52;

	private boolean topLevel(AbstractNodeMapping mapping) {
		return spec().spec().getLayers().stream().map(Layer::getNodeMappings).anyMatch(mappings -> mappings.contains(mapping));
	}
}
